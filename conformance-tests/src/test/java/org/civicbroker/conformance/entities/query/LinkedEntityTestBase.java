package org.civicbroker.conformance.entities.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import org.civicbroker.conformance.Json;

/**
 * Shared set-up of the Linked Entity Retrieval tests (clause 4.5.23): a chain building -> city ->
 * country (Relationships {@code locatedAt} and {@code inCountry}) of fresh types, and a check that
 * inline embedding never repeats an entity along one path (cycle protection).
 */
abstract class LinkedEntityTestBase extends QueryTestBase {

  /** The ids and types of one building -> city -> country chain. */
  record Chain(
      String building,
      String buildingType,
      String city,
      String cityType,
      String country,
      String countryType) {}

  /** Creates a chain of the given types (country first, then city, then building). */
  Chain createChain(String buildingType, String cityType, String countryType) {
    String country = createEntity("query/linked/country.json", countryType);
    String city = createEntity("query/linked/city.json", cityType, "country", country);
    String building = createEntity("query/linked/building.json", buildingType, "city", city);
    return new Chain(building, buildingType, city, cityType, country, countryType);
  }

  /** A chain of three fresh types. */
  Chain createChain() {
    return createChain(freshType("Building"), freshType("City"), freshType("Country"));
  }

  /** GET /entities/{id} (an id of URI characters only) with parameters (pairs), as JSON. */
  static Response retrieveWith(String id, String... keyValues) {
    return given()
        .accept(JSON)
        .urlEncodingEnabled(false)
        .get("/entities/" + id + queryString(keyValues));
  }

  /** The entities of an entity array keyed by id, asserting each id occurs exactly once. */
  static Map<String, JsonNode> uniqueById(JsonNode array) {
    Map<String, JsonNode> entities = new java.util.HashMap<>();
    for (JsonNode entity : array) {
      String id = entity.path("id").asText();
      assertThat(entities.put(id, entity)).as("%s occurs more than once in %s", id, array).isNull();
    }
    return entities;
  }

  /**
   * Asserts that, starting from an entity, no entity embedded inline (an {@code entity} member of a
   * relationship) has the id of an entity it is embedded in.
   */
  static void assertNoEntityRepeatsOnAnyPath(JsonNode root) {
    Deque<String> path = new ArrayDeque<>();
    path.push(root.path("id").asText());
    walk(root, path);
  }

  private static void walk(JsonNode node, Deque<String> path) {
    if (node.isArray()) {
      node.forEach(element -> walk(element, path));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      JsonNode value = member.getValue();
      if (member.getKey().equals("entity") && value.isObject()) {
        String id = value.path("id").asText();
        assertThat(path).as("%s embedded inside itself (path %s)", id, path).doesNotContain(id);
        path.push(id);
        walk(value, path);
        path.pop();
      } else {
        walk(value, path);
      }
    }
  }

  /** Two entities of a fresh type whose {@code partner} relationships point at each other. */
  Partners createPartners() {
    String type = freshType("Partner");
    String a = newId(type);
    String b = newId(type);
    createWithId(null, "query/linked/partner.json", a, type, "name", "A", "partner", b);
    createWithId(null, "query/linked/partner.json", b, type, "name", "B", "partner", a);
    return new Partners(type, a, b);
  }

  /** Two entities linked to each other (A -> B -> A). */
  record Partners(String type, String a, String b) {}

  static JsonNode ok(Response response) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(200);
    return Json.parse(response);
  }
}
