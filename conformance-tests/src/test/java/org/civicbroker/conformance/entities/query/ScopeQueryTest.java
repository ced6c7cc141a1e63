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
 * 4.19 Scope Query Language in Query Entities (5.7.2, {@code scopeQ}): a full scope matches
 * exactly; {@code +} matches one level; {@code #} matches any number of levels below; {@code ;} is
 * AND and {@code ,} is OR.
 *
 * <p>Entities of one fresh type: N has scopes {@code /Madrid/Gardens/ParqueNorte} and {@code
 * /CompanyA/OrganizationB/UnitC}; S has {@code /Madrid/Gardens/ParqueSur}; V has {@code /Valencia};
 * X has no scope.
 */
@DisplayName("4.19 Query Entities: scopeQ")
class ScopeQueryTest extends QueryTestBase {
  private String type;
  private String n;
  private String s;
  private String v;

  @BeforeEach
  void createScopedRooms() {
    type = freshType("Garden");
    n = createEntity("query/scope/room-north-company.json", type);
    s = createEntity("query/scope/room-south.json", type);
    v = createEntity("query/scope/room-valencia.json", type);
    createEntity("query/room.json", type);
  }

  static Stream<Arguments> scopeQueries() {
    return Stream.of(
        Arguments.of("/Madrid/Gardens/ParqueNorte", "N"),
        Arguments.of("/Madrid/Gardens", ""),
        Arguments.of("/Madrid/+/ParqueNorte", "N"),
        Arguments.of("/Madrid/Gardens/+", "N S"),
        Arguments.of("/Madrid/#", "N S"),
        Arguments.of("/CompanyA/#", "N"),
        Arguments.of("/#", "N S V"),
        Arguments.of("/Madrid/Gardens/ParqueNorte;/CompanyA/OrganizationB/UnitC", "N"),
        Arguments.of("/Madrid/Gardens/ParqueSur;/CompanyA/OrganizationB/UnitC", ""),
        Arguments.of("/Madrid/Gardens/ParqueSur,/Valencia", "S V"),
        Arguments.of("/Madrid/+/ParqueSur,/CompanyA/#", "N S"),
        Arguments.of("/Lisbon", ""));
  }

  @ParameterizedTest(name = "4.19 scopeQ={0} -> [{1}]")
  @MethodSource("scopeQueries")
  @DisplayName("4.19 scopes, + and # wildcards, ; (AND) and , (OR)")
  void scopeQuery(String scopeQ, String expected) {
    assertThat(ids(query("type", type, "scopeQ", scopeQ)))
        .as("scopeQ=%s", scopeQ)
        .containsExactlyInAnyOrderElementsOf(entities(expected));
  }

  private List<String> entities(String letters) {
    List<String> ids = new ArrayList<>();
    for (String letter : letters.split(" ")) {
      switch (letter) {
        case "N" -> ids.add(n);
        case "S" -> ids.add(s);
        case "V" -> ids.add(v);
        case "" -> {}
        default -> throw new IllegalArgumentException(letter);
      }
    }
    return ids;
  }
}
