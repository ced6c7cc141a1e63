package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;
import static org.civicbroker.conformance.Problems.assertProblemOneOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.entities.query.Geodesy.LonLat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.7.2 Query Entities via POST (HTTP binding 6.23.3.1, POST /entityOperations/query) with a Query
 * body (5.2.23): {@code entities} selectors (OR-ed; id, idPattern and type within one selector
 * AND-ed), {@code attrs}, {@code q}, {@code geoQ} and {@code scopeQ}; pagination, count and
 * representation parameters in the URL. The result is the one GET /entities gives for the same
 * filter.
 */
@DisplayName("6.23 Query Entities via POST /entityOperations/query")
class QueryEntitiesViaPostTest extends QueryTestBase {

  @Test
  @DisplayName("5.2.23 entities [{type}] -> the same entities as GET ?type=")
  void byType() {
    String type = freshType("Room");
    createEntity("query/room.json", type);
    createEntity("query/room-name-only.json", type);

    List<String> viaPost = ids(post("query/post/by-type.json", "type", type));

    assertThat(viaPost).hasSize(2).containsExactlyInAnyOrderElementsOf(ids(query("type", type)));
  }

  @Test
  @DisplayName("5.2.23 two selectors are OR-ed; id and type within one selector are AND-ed")
  void selectorsAreOred() {
    String type = freshType("Room");
    String otherType = freshType("Hall");
    String chosen = createEntity("query/room.json", type);
    createEntity("query/room.json", type);
    String hall1 = createEntity("query/room.json", otherType);
    String hall2 = createEntity("query/room.json", otherType);

    Response response =
        post("query/post/two-selectors.json", "type", type, "id", chosen, "otherType", otherType);

    assertThat(ids(response)).containsExactlyInAnyOrder(chosen, hall1, hall2);
  }

  @Test
  @DisplayName("5.2.8 a selector with idPattern and type")
  void idPatternSelector() {
    String type = freshType("Room");
    String prefix = "urn:ngsi-ld:" + type + ":";
    String match = createWithId(null, "query/room.json", prefix + "keep-1", type);
    createWithId(null, "query/room.json", prefix + "drop-1", type);

    Response response =
        post("query/post/id-pattern.json", "type", type, "pattern", "^" + prefix + "keep-.*");

    assertThat(ids(response)).containsExactly(match);
  }

  @Test
  @DisplayName("5.2.23 attrs: entities with none of them left out, the others reduced (as GET)")
  void attrs() {
    String type = freshType("Room");
    String withTemperature = createEntity("query/room.json", type);
    createEntity("query/room-name-only.json", type);

    JsonNode result = okArray(post("query/post/attrs.json", "type", type));

    assertThat(result).hasSize(1);
    assertThat(result.get(0).path("id").asText()).isEqualTo(withTemperature);
    assertThat(Json.keysWithoutContext(result.get(0)))
        .containsExactlyInAnyOrder("id", "type", "temperature");
    assertThat(result).isEqualTo(okArray(query("type", type, "attrs", "temperature")));
  }

  @Test
  @DisplayName("5.2.23 q -> the same entities as GET with the same q")
  void q() {
    String type = freshType("Room");
    String a = createEntity("query/q/room-a.json", type);
    String b = createEntity("query/q/room-b.json", type);
    createEntity("query/q/room-c.json", type);

    List<String> viaPost = ids(post("query/post/q.json", "type", type));

    assertThat(viaPost).containsExactlyInAnyOrder(a, b);
    assertThat(ids(query("type", type, "q", "(floor==1|floor==2);name~=^Room")))
        .containsExactlyInAnyOrderElementsOf(viaPost);
  }

  @Test
  @DisplayName("5.2.13 geoQ near;maxDistance==500 -> the same entities as the GET geo-query")
  void geoQ() {
    String type = freshType("Kiosk");
    LonLat centre = new LonLat(4.35, 50.85);
    String near = createPoint(type, Geodesy.destination(centre, 300, 10));
    createPoint(type, Geodesy.destination(centre, 700, 190));

    Response response =
        post("query/post/geo.json", "type", type, "lon", centre.lonText(), "lat", centre.latText());

    assertThat(ids(response)).containsExactly(near);
    assertThat(
            ids(
                query(
                    "type",
                    type,
                    "georel",
                    "near;maxDistance==500",
                    "geometry",
                    "Point",
                    "coordinates",
                    centre.json())))
        .containsExactly(near);
  }

  @Test
  @DisplayName("5.2.13 geoQ within a Polygon (coordinates as a JSON array)")
  void geoQPolygon() {
    String type = freshType("Site");
    String inside = createEntity("query/geo/point.json", type, "lon", "10.005", "lat", "50.005");
    createEntity("query/geo/point.json", type, "lon", "10.025", "lat", "50.005");

    assertThat(ids(post("query/post/geo-polygon.json", "type", type))).containsExactly(inside);
  }

  @Test
  @DisplayName("5.2.23 scopeQ -> the same entities as GET with the same scopeQ")
  void scopeQ() {
    String type = freshType("Garden");
    String n = createEntity("query/scope/room-north-company.json", type);
    String s = createEntity("query/scope/room-south.json", type);
    String v = createEntity("query/scope/room-valencia.json", type);
    createEntity("query/room.json", type);

    assertThat(ids(post("query/post/scope.json", "type", type)))
        .containsExactlyInAnyOrder(n, s, v)
        .containsExactlyInAnyOrderElementsOf(
            ids(query("type", type, "scopeQ", "/Madrid/Gardens/+,/Valencia")));
  }

  @Test
  @DisplayName("6.3.10 / 6.3.13 limit, offset and count in the URL page the POST result")
  void pagingParametersInTheUrl() {
    String type = freshType("Page");
    for (int i = 0; i < 5; i++) {
      createEntity("query/room.json", type);
    }
    String body = fixture("query/post/by-type.json", "type", type);

    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 5; offset += 2) {
      Response page =
          postQuery(body, null, "limit", "2", "offset", Integer.toString(offset), "count", "true");
      assertThat(resultsCount(page)).isEqualTo(5);
      paged.addAll(ids(page));
    }

    assertThat(paged)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ids(query("type", type)));
  }

  @Test
  @DisplayName("4.5.4 options=keyValues in the URL -> simplified entities")
  void optionsInTheUrl() {
    String type = freshType("Room");
    createEntity("query/room.json", type);

    JsonNode result =
        okArray(
            postQuery(
                fixture("query/post/by-type.json", "type", type), null, "options", "keyValues"));

    assertThat(result).hasSize(1);
    assertThat(result.get(0).path("temperature").asDouble()).isEqualTo(21.5);
  }

  @Test
  @DisplayName("5.5.7 application/ld+json body: type and q names expanded with its @context")
  void contextInTheBody() {
    String type = freshType("Room");
    String context =
        ContextServer.get().publish("query/contexts/room-context.jsonld", Map.of("type", type));
    String id = createIn(context, "query/room.json", type);
    String body = fixture("query/post/with-context.jsonld", "type", type, "context", context);

    Response response =
        ldJson(body).accept(JSON).urlEncodingEnabled(false).post("/entityOperations/query");

    assertThat(ids(response)).containsExactly(id);
  }

  @Test
  @DisplayName("5.5.7 application/json body with a Link: names expanded with the Link context")
  void contextInTheLinkHeader() {
    String type = freshType("Room");
    String context =
        ContextServer.get().publish("query/contexts/room-context.jsonld", Map.of("type", type));
    String id = createIn(context, "query/room.json", type);

    assertThat(ids(postQuery(fixture("query/post/by-type.json", "type", type), context)))
        .containsExactly(id);
    assertThat(ids(postQuery(fixture("query/post/by-type.json", "type", type), null)))
        .as("without the Link the type is another IRI")
        .isEmpty();
  }

  @Test
  @DisplayName("5.2.23 a body whose type is not Query -> 400 BadRequestData")
  void typeMustBeQuery() {
    assertProblem(
        post("query/post/not-a-query.json", "type", freshType("Room")), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.7.2.4 a Query without entities, attrs, q or geoQ -> 400 BadRequestData")
  void queryWithoutFilter() {
    assertProblem(post("query/post/no-filter.json"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("6.23 a body that is not JSON -> 400")
  void invalidJson() {
    assertProblemOneOf(
        postQuery(fixture("bad-input/invalid-json.json"), null),
        400,
        "InvalidRequest",
        "BadRequestData");
  }

  private static Response post(String fixture, String... keyValues) {
    return postQuery(fixture(fixture, keyValues), null);
  }

  private String createPoint(String type, LonLat at) {
    return createEntity("query/geo/point.json", type, "lon", at.lonText(), "lat", at.latText());
  }
}
