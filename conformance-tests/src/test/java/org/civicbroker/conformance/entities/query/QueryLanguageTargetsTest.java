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
 * 4.9 NGSI-LD Query Language in Query Entities (5.7.2, {@code q}): what a query term targets.
 * Existence ({@code a}) and non-existence ({@code !a}); sub-attribute paths ({@code a.b}); value
 * paths into compound values ({@code a[x.y]}); the {@code observedAt} member; DateTime, Date and
 * Time values compared as times (4.6.3); Relationship objects (URIs; only == and != can match);
 * LanguageProperty values by language ({@code a[fr]}, {@code a[*]}); multi-attributes (4.5.5)
 * matching on any instance.
 *
 * <p>Fixtures {@code query/q/room-{a,b,c}.json} of one fresh type (see the files): A's temperature
 * has observedAt 10:00:00.500Z, an {@code accuracy} sub-property and {@code rawdata} with
 * particulate 40; B's has observedAt 09:59:59Z and particulate 10; C's temperature has two
 * instances (15 and 30, no sub-attributes) and C has neither address, owner nor street.
 */
@DisplayName("4.9 Query Language: attribute paths, members and value kinds")
class QueryLanguageTargetsTest extends QueryTestBase {
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

  static Stream<Arguments> existence() {
    return Stream.of(
        Arguments.of("open", "A B"),
        Arguments.of("!open", "C"),
        Arguments.of("address", "A B"),
        Arguments.of("!address", "C"),
        Arguments.of("temperature.accuracy", "A"),
        Arguments.of("!temperature.accuracy", "B C"),
        Arguments.of("nothingLikeThis", ""),
        Arguments.of("open;!owner", ""),
        Arguments.of("!open|owner==urn:ngsi-ld:Person:bob", "B C"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("existence")
  @DisplayName("4.9 existence (a) and non-existence (!a) of attributes and sub-attributes")
  void existenceTerms(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of("temperature.accuracy==0.5", "A"),
        Arguments.of("temperature.rawdata[airquality.particulate]==40", "A"),
        Arguments.of("temperature.rawdata[airquality.particulate]>5", "A B"),
        Arguments.of("address[city]==\"Berlin\"", "A"),
        Arguments.of("address[geo.zone]==\"P7\"", "B"),
        Arguments.of("address[geo.zone]", "A B"),
        Arguments.of("address[postcode]", ""),
        Arguments.of("address[postcode]==\"Berlin\"", ""));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("paths")
  @DisplayName("4.9 sub-attribute paths a.b and value paths a[x.y] into compound values")
  void attributeAndValuePaths(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> temporal() {
    return Stream.of(
        // 10:00:00.500Z is later than 10:00:00Z as a time, though smaller as a string
        Arguments.of("temperature.observedAt>2024-03-01T10:00:00Z", "A"),
        Arguments.of("temperature.observedAt<2024-03-01T10:00:00Z", "B"),
        Arguments.of("temperature.observedAt>=2024-03-01T09:59:59Z", "A B"),
        Arguments.of("lastCleaned<2024-03-01T09:00:00Z", "A"),
        Arguments.of("lastCleaned==2024-03-01T08:00:00.000Z", "A"),
        Arguments.of("lastCleaned==2024-03-01T07:00:00Z..2024-03-01T13:00:00Z", "A B"),
        Arguments.of("installedOn<2021-01-01", "A"),
        Arguments.of("installedOn==2021-07-15", "B"),
        Arguments.of("opensAt<09:00:00Z", "A"),
        Arguments.of("opensAt>=09:00:00Z", "B"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("temporal")
  @DisplayName("4.9 / 4.6.3 observedAt, DateTime, Date and Time values compared as times")
  void temporalValues(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> relationships() {
    return Stream.of(
        Arguments.of("owner==urn:ngsi-ld:Person:alice", "A"),
        Arguments.of("owner==urn:ngsi-ld:Person:carol", ""),
        Arguments.of("owner==urn:ngsi-ld:Person:alice|owner==urn:ngsi-ld:Person:bob", "A B"),
        Arguments.of("owner!=urn:ngsi-ld:Person:alice", "B"),
        Arguments.of("owner>\"urn:a\"", ""));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("relationships")
  @DisplayName("4.9 Relationships: the object URI with == and !=; other operators never match")
  void relationshipObjects(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of("street[fr]==\"Grand Place\"", "A"),
        Arguments.of("street[nl]==\"Grand Place\"", ""),
        Arguments.of("street[nl]==\"Vredestraat\"", "B"),
        Arguments.of("street[*]==\"Grote Markt\"", "A"),
        Arguments.of("street[*]~=^Rue", "B"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("languages")
  @DisplayName("4.9 LanguageProperty: a[lang] targets one language, a[*] any language")
  void languagePropertyValues(String q, String expected) {
    assertQuery(q, expected);
  }

  static Stream<Arguments> multiAttributes() {
    return Stream.of(
        Arguments.of("temperature==30", "C"),
        Arguments.of("temperature==15", "C"),
        Arguments.of("temperature>28", "C"),
        Arguments.of("temperature<16", "C"),
        Arguments.of("temperature>20", "B C"),
        Arguments.of("temperature==20..23", "B"));
  }

  @ParameterizedTest(name = "4.9 q={0} -> [{1}]")
  @MethodSource("multiAttributes")
  @DisplayName("4.5.5 / 4.9 a multi-attribute matches when any of its instances matches")
  void multiAttributeInstances(String q, String expected) {
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
