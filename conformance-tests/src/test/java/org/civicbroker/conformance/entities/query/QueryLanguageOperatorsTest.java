package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 4.9 NGSI-LD Query Language in Query Entities (5.7.2, {@code q}): the comparison operators, value
 * kinds (numbers, quoted strings with escapes, booleans), ranges, value lists, regular expressions
 * and the logical operators {@code ;} (AND), {@code |} (OR) with parentheses.
 *
 * <p>Fixtures {@code query/q/room-{a,b,c}.json} of one fresh type: A has floor 1, open true, name
 * {@code Room "A" north}; B has floor 2, open false, name {@code Room B; south|east (annex)}; C has
 * floor 3, no {@code open}, name {@code Cellar} and a two-instance temperature (15, 30). Each case
 * lists the entities it must return, exactly.
 */
@DisplayName("4.9 Query Language: operators, values and logic")
class QueryLanguageOperatorsTest extends QueryTestBase {
  private String type;
  private String a;
  private String b;
  private String c;

  @BeforeEach
  void createRooms() {
    type = freshType("Room");
    a = createEntity("query/q/room-a.json", type);
    b = createEntity("query/q/room-b.json", type);
    c = createEntity("query/q/room-c.json", type);
  }

  static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of("floor==2", "B"),
        Arguments.of("floor!=2", "A C"),
        Arguments.of("floor>1", "B C"),
        Arguments.of("floor>=2", "B C"),
        Arguments.of("floor<2", "A"),
        Arguments.of("floor<=2", "A B"),
        Arguments.of("floor>-1", "A B C"),
        Arguments.of("floor==4", ""),
        Arguments.of("temperature==18.5", "A"),
        Arguments.of("temperature>18.4;floor<2", "A"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("comparisons")
  @DisplayName("4.9 comparison operators == != > >= < <= on numbers")
  void comparisonOperators(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> rangesAndLists() {
    return Stream.of(
        Arguments.of("floor==2..3", "B C"),
        Arguments.of("floor!=1..2", "C"),
        Arguments.of("temperature==18..19", "A"),
        Arguments.of("floor==1,3", "A C"),
        Arguments.of("floor!=1,3", "B"),
        Arguments.of("name==\"Cellar\",\"Nowhere\"", "C"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("rangesAndLists")
  @DisplayName("4.9 ranges a==min..max and value lists a==v1,v2 (also with !=)")
  void rangesAndValueLists(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> stringsAndBooleans() {
    return Stream.of(
        Arguments.of("open==true", "A"),
        Arguments.of("open==false", "B"),
        Arguments.of("name==\"Room \\\"A\\\" north\"", "A"),
        Arguments.of("name==\"Room B; south|east (annex)\"", "B"),
        Arguments.of("name==\"Room\"", ""),
        Arguments.of("name<\"D\"", "C"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("stringsAndBooleans")
  @DisplayName("4.9 booleans and quoted strings (escaped quotes, operators inside quotes)")
  void stringsAndBooleanValues(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("name~=^Room", "A B"),
        Arguments.of("name!~=^Room", "C"),
        Arguments.of("name~=\\(annex\\)$", "B"),
        Arguments.of("name~=ella", "C"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("patterns")
  @DisplayName("4.9 pattern operators ~= and !~= (regular expressions)")
  void patternOperators(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> logic() {
    return Stream.of(
        Arguments.of("floor>=1;floor<=2", "A B"),
        Arguments.of("floor>=2;open==false", "B"),
        Arguments.of("floor==1|floor==3", "A C"),
        Arguments.of("(floor==1|floor==2);open==false", "B"),
        Arguments.of("floor==1|(floor==2;open==true)", "A"),
        Arguments.of("((floor==3))", "C"),
        Arguments.of("(floor==1;open==true)|(floor==3;name==\"Cellar\")", "A C"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("logic")
  @DisplayName("4.9 ; is AND, | is OR, parentheses group")
  void logicalOperators(String q, String expected) {
    assertQuery(q, expected);
  }

  /** Asserts that {@code q} (with the fixture type) returns exactly the named rooms. */
  private void assertQuery(String q, String expectedRooms) {
    assertThat(ids(query("type", type, "q", q)))
        .as("q=%s", q)
        .containsExactlyInAnyOrderElementsOf(rooms(expectedRooms));
  }

  private List<String> rooms(String letters) {
    List<String> ids = new ArrayList<>();
    for (String letter : letters.split(" ")) {
      switch (letter) {
        case "A" -> ids.add(a);
        case "B" -> ids.add(b);
        case "C" -> ids.add(c);
        case "" -> {}
        default -> throw new IllegalArgumentException(letter);
      }
    }
    return ids;
  }
}
