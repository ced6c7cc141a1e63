package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 4.17 Entity Type Selection Language in Query Entities (5.7.2, {@code type} parameter): {@code ,}
 * is OR, {@code ;} is AND, parentheses group; an entity with several types matches when any of its
 * types satisfies the expression; type names are expanded with the request's @context (5.5.7).
 *
 * <p>Fixture: A has type T1, B has T2, C has T1 and T3, D has T2 and T3 (all fresh types).
 */
@DisplayName("4.17 Query Entities: entity type selection")
class EntityTypeSelectionTest extends QueryTestBase {
  private String t1;
  private String t2;
  private String t3;
  private String a;
  private String b;
  private String c;
  private String d;

  @BeforeEach
  void createEntitiesOfSeveralTypes() {
    t1 = freshType("Building");
    t2 = freshType("Parking");
    t3 = freshType("Tourist");
    a = createEntity("query/room.json", t1);
    b = createEntity("query/room.json", t2);
    c = createEntity("query/room-two-types.json", t1, "otherType", t3);
    d = createEntity("query/room-two-types.json", t2, "otherType", t3);
  }

  @Test
  @DisplayName("4.17 type=T1 -> entities having T1 among their types (A and C)")
  void singleTypeMatchesMultiTypedEntities() {
    assertThat(ids(query("type", t1))).containsExactlyInAnyOrder(a, c);
  }

  @Test
  @DisplayName("4.17 type=T1,T2 (OR) -> A, B, C and D")
  void commaIsOr() {
    assertThat(ids(query("type", t1 + "," + t2))).containsExactlyInAnyOrder(a, b, c, d);
  }

  @Test
  @DisplayName("4.17 type=T1;T3 (AND) -> only C")
  void semicolonIsAnd() {
    assertThat(ids(query("type", t1 + ";" + t3))).containsExactly(c);
  }

  @Test
  @DisplayName("4.17 type=(T1;T3),T2 -> B, C and D")
  void parenthesesGroupAnAnd() {
    assertThat(ids(query("type", "(" + t1 + ";" + t3 + ")," + t2)))
        .containsExactlyInAnyOrder(b, c, d);
  }

  @Test
  @DisplayName("4.17 type=T3;(T1,T2) -> C and D")
  void parenthesesGroupAnOr() {
    assertThat(ids(query("type", t3 + ";(" + t1 + "," + t2 + ")"))).containsExactlyInAnyOrder(c, d);
  }

  @Test
  @DisplayName("5.5.7 without a Link a short type expands with the core @vocab: the full IRI works")
  void fullIriOfADefaultVocabType() {
    assertThat(ids(query("type", DEFAULT_VOCAB + t1))).containsExactlyInAnyOrder(a, c);
  }

  @Test
  @DisplayName("4.17 a type nobody has -> 200 with an empty array")
  void unknownTypeGivesEmptyArray() {
    assertThat(ids(query("type", freshType("Nothing")))).isEmpty();
  }
}
