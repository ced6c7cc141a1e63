package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 5.7.2.4 Query Entities error cases: a query without any filter, syntactically invalid {@code q},
 * {@code type}, {@code scopeQ}, {@code idPattern} and ids, incomplete or invalid geo-queries
 * (4.10), and invalid projections (4.21). All are 400 BadRequestData.
 */
@DisplayName("5.7.2.4 Query Entities: errors")
class QueryEntitiesErrorsTest extends QueryTestBase {

  @Test
  @DisplayName("5.7.2.4 none of type, id, idPattern, attrs, q, geo-query -> 400 BadRequestData")
  void noFilterAtAll() {
    assertProblem(query(), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.7.2.4 only non-filter parameters (limit, options, count) -> 400 BadRequestData")
  void onlyNonFilterParameters() {
    assertProblem(
        query("limit", "5", "options", "keyValues", "count", "true"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("4.9 invalid q -> 400 BadRequestData naming the position of the error")
  void invalidQNamesThePosition() {
    // "floor==1;)": the unexpected ')' is at index 9 (position 10 counting from 1)
    JsonNode problem =
        assertProblem(query("type", freshType("Room"), "q", "floor==1;)"), 400, "BadRequestData");

    assertThat(problem.path("detail").asText()).as("detail").containsPattern("\\b(9|10)\\b");
  }

  @ParameterizedTest(name = "4.9 q={0} -> 400 BadRequestData")
  @ValueSource(
      strings = {
        "floor==",
        "floor===1",
        "(floor==1",
        "floor==1)",
        "floor==\"unterminated",
        "floor==1;;open",
        "floor==1|",
        "==1",
        "floor>>1",
        "floor==1..",
        "floor[x"
      })
  @DisplayName("4.9 syntactically invalid q -> 400 BadRequestData")
  void invalidQ(String q) {
    assertProblem(query("type", freshType("Room"), "q", q), 400, "BadRequestData");
  }

  @ParameterizedTest(name = "4.17 type={0} -> 400 BadRequestData")
  @ValueSource(strings = {"(Room;Hall", "Room;", ",Room", "Room)"})
  @DisplayName("4.17 syntactically invalid type expression -> 400 BadRequestData")
  void invalidTypeExpression(String type) {
    assertProblem(query("type", type), 400, "BadRequestData");
  }

  @ParameterizedTest(name = "4.19 scopeQ={0} -> 400 BadRequestData")
  @ValueSource(
      strings = {"/Madrid|", "/Madrid/#/Gardens", "/Madrid;", "/Madrid//Gardens", "(/Madrid"})
  @DisplayName("4.19 syntactically invalid scopeQ -> 400 BadRequestData")
  void invalidScopeQ(String scopeQ) {
    assertProblem(query("type", freshType("Room"), "scopeQ", scopeQ), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.7.2.4 an id that is not a URI -> 400 BadRequestData")
  void idNotAUri() {
    assertProblem(query("id", "not a uri,also-not"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.7.2.4 idPattern that is not a regular expression -> 400 BadRequestData")
  void invalidIdPattern() {
    assertProblem(query("idPattern", "urn:ngsi-ld:(unclosed"), 400, "BadRequestData");
  }

  static Stream<Arguments> incompleteGeoQueries() {
    return Stream.of(
        geo("georel", "near;maxDistance==10"),
        geo("georel", "within", "geometry", "Polygon"),
        geo("georel", "near;maxDistance==10", "coordinates", "[1,2]"),
        geo("geometry", "Point", "coordinates", "[1,2]"),
        geo("geoproperty", "location"));
  }

  private static Arguments geo(String... parameters) {
    return Arguments.of((Object) parameters);
  }

  @ParameterizedTest(name = "4.10 only {0} -> 400 BadRequestData")
  @MethodSource("incompleteGeoQueries")
  @DisplayName("4.10 a geo-query without all of georel, geometry and coordinates -> 400")
  void incompleteGeoQuery(String[] geoParameters) {
    String[] parameters = new String[geoParameters.length + 2];
    parameters[0] = "type";
    parameters[1] = freshType("Site");
    System.arraycopy(geoParameters, 0, parameters, 2, geoParameters.length);

    assertProblem(query(parameters), 400, "BadRequestData");
  }

  static Stream<Arguments> invalidGeoQueries() {
    return Stream.of(
        Arguments.of("near;maxDistance==10", "Point", "[10.0]"),
        Arguments.of("near;maxDistance==10", "Point", "not json"),
        Arguments.of("near;maxDistance==10", "Point", "[\"a\",\"b\"]"),
        Arguments.of("within", "Polygon", "[[[0,0],[1,0],[1,1],[0,0.5]]]"),
        Arguments.of("within", "Polygon", "[1,2]"),
        Arguments.of("intersects", "LineString", "[[0,0]]"),
        Arguments.of("within", "Circle", "[1,2]"),
        Arguments.of("touches", "Point", "[1,2]"),
        Arguments.of("near", "Point", "[1,2]"),
        Arguments.of("near;maxDistance==-5", "Point", "[1,2]"),
        Arguments.of("near;maxDistance==far", "Point", "[1,2]"),
        Arguments.of("near;radius==5", "Point", "[1,2]"));
  }

  @ParameterizedTest(name = "4.10 georel={0} geometry={1} coordinates={2} -> 400")
  @MethodSource("invalidGeoQueries")
  @DisplayName("4.10 invalid georel, geometry type or coordinates -> 400 BadRequestData")
  void invalidGeoQuery(String georel, String geometry, String coordinates) {
    assertProblem(
        query(
            "type",
            freshType("Site"),
            "georel",
            georel,
            "geometry",
            geometry,
            "coordinates",
            coordinates),
        400,
        "BadRequestData");
  }

  @Test
  @DisplayName("4.21 pick and omit naming the same member -> 400 BadRequestData")
  void pickAndOmitTogether() {
    assertProblem(
        query("type", freshType("Room"), "pick", "name", "omit", "name"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("4.21 pick together with attrs -> 400 BadRequestData (ETSI TP 019_18_02)")
  void pickWithAttrs() {
    assertProblem(
        query("type", freshType("Room"), "pick", "name", "attrs", "temperature"),
        400,
        "BadRequestData");
  }

  @ParameterizedTest(name = "4.21 pick={0} -> 400 BadRequestData")
  @ValueSource(strings = {"id;name", "id,,name", "id,locatedAt{name", "id,locatedAt{}"})
  @DisplayName("4.21 syntactically invalid pick -> 400 BadRequestData")
  void invalidPick(String pick) {
    assertProblem(query("type", freshType("Room"), "pick", pick), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.7.2 a catastrophic idPattern (a+)+$ answers (10 s client timeout) with 200")
  void catastrophicRegexAnswers() throws Exception {
    String type = freshType("Evil");
    String prefix = "urn:ngsi-ld:" + type + ":";
    String as = "a".repeat(40);
    String matching = createWithId(null, "query/room.json", prefix + as, type);
    createWithId(null, "query/room.json", prefix + as + "!", type);

    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    BrokerUnderTest.baseUrl()
                        + "/ngsi-ld/v1/entities"
                        + queryString("type", type, "idPattern", "(a+)+$")))
            .header("Accept", JSON)
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response =
        httpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = Json.parse(response.body());
    assertThat(result).hasSize(1);
    assertThat(result.get(0).path("id").asText()).isEqualTo(matching);
  }
}
