package org.civicbroker.conformance.entities.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.Map;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.Responses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Representations of the Query Entities result (5.7.2, 6.4.3.2): normalized by default, {@code
 * options=keyValues} / {@code options=concise} (4.5) or their {@code format} parameter spelling,
 * {@code options=sysAttrs} (6.3.11), {@code lang} (4.15), and the media types of 6.3.5/6.3.6:
 * {@code application/json} (context in a Link header), {@code application/ld+json} (each entity
 * with its {@code @context}) and {@code application/geo+json} (a FeatureCollection, 4.5.16).
 *
 * <p>Every entity of the result is held to the entity's own representation from Retrieve Entity
 * (5.7.1) with the same options, plus explicit checks of the representation itself.
 */
@DisplayName("5.7.2 Query Entities: representations and media types")
class QueryRepresentationTest extends QueryTestBase {
  private String type;
  private String first;
  private String second;

  @BeforeEach
  void createTwoRooms() {
    type = freshType("Room");
    first = createEntity("query/room-full.json", type);
    second = createEntity("query/room-full.json", type);
  }

  @Test
  @DisplayName("4.5 normalized by default: attributes with their type members")
  void normalizedByDefault() {
    Map<String, JsonNode> result = byId(query("type", type));

    assertThat(result.keySet()).containsExactlyInAnyOrder(first, second);
    JsonNode entity = result.get(first);
    assertThat(entity.path("temperature").path("type").asText()).isEqualTo("Property");
    assertThat(entity.path("owner").path("type").asText()).isEqualTo("Relationship");
    assertThat(entity).isEqualTo(retrieve(first));
  }

  @Test
  @DisplayName("4.5.4 options=keyValues: each attribute is its value")
  void keyValues() {
    JsonNode entity = byId(query("type", type, "options", "keyValues")).get(first);

    assertThat(entity.path("temperature").asDouble()).isEqualTo(21.5);
    assertThat(entity.path("name").asText()).isEqualTo("North gate");
    assertThat(entity.path("owner").asText()).isEqualTo("urn:ngsi-ld:Person:alice");
    assertThat(entity).isEqualTo(retrieve(first, "options", "keyValues"));
  }

  @Test
  @DisplayName("4.5 format=keyValues is the same as options=keyValues")
  void formatKeyValues() {
    JsonNode entity = byId(query("type", type, "format", "keyValues")).get(first);

    assertThat(entity).isEqualTo(retrieve(first, "options", "keyValues"));
  }

  @Test
  @DisplayName("4.5 options=concise: no type members on attributes")
  void concise() {
    JsonNode entity = byId(query("type", type, "options", "concise")).get(first);

    assertThat(entity.path("name").asText()).isEqualTo("North gate");
    assertThat(entity.path("temperature").has("type")).isFalse();
    assertThat(entity.path("temperature").path("value").asDouble()).isEqualTo(21.5);
    assertThat(entity).isEqualTo(retrieve(first, "options", "concise"));
  }

  @Test
  @DisplayName("4.5 format=concise is the same as options=concise")
  void formatConcise() {
    JsonNode entity = byId(query("type", type, "format", "concise")).get(first);

    assertThat(entity).isEqualTo(retrieve(first, "options", "concise"));
  }

  @Test
  @DisplayName("6.3.11 options=sysAttrs: createdAt and modifiedAt on entities and attributes")
  void sysAttrs() {
    for (JsonNode entity : okArray(query("type", type, "options", "sysAttrs"))) {
      assertThat(entity.path("createdAt").asText()).isNotBlank();
      assertThat(entity.path("modifiedAt").asText()).isNotBlank();
      assertThat(entity.path("temperature").path("createdAt").asText()).isNotBlank();
      assertThat(entity.path("temperature").path("modifiedAt").asText()).isNotBlank();
    }
  }

  @Test
  @DisplayName("6.3.11 without sysAttrs: no createdAt / modifiedAt")
  void noSysAttrsByDefault() {
    for (JsonNode entity : okArray(query("type", type))) {
      assertThat(entity.has("createdAt")).isFalse();
      assertThat(entity.path("temperature").has("modifiedAt")).isFalse();
    }
  }

  @Test
  @DisplayName("4.15 lang=fr: a LanguageProperty becomes a Property with the French value")
  void langSelectsOneLanguage() {
    JsonNode street = byId(query("type", type, "lang", "fr")).get(first).path("street");

    assertThat(street).isEqualTo(Json.expected("expectations/street-lang-fr.json"));
  }

  @Test
  @DisplayName("6.3.6 Accept: application/json -> no @context in the entities, a context Link")
  void jsonHasALinkHeader() {
    Response response = query("type", type);

    assertThat(Responses.mediaType(response)).isEqualTo(JSON);
    assertThat(response.header("Link")).contains(CONTEXT_REL);
    for (JsonNode entity : okArray(response)) {
      assertThat(entity.has("@context")).isFalse();
    }
  }

  @Test
  @DisplayName("6.3.6 Accept: application/ld+json -> each entity carries its @context")
  void ldJsonPutsTheContextInEachEntity() {
    Response response = query(given().accept(LD_JSON), "type", type);

    assertThat(Responses.mediaType(response)).isEqualTo(LD_JSON);
    JsonNode result = okArray(response);
    assertThat(result).hasSize(2);
    for (JsonNode entity : result) {
      assertThat(entity.has("@context")).as("@context in %s", entity).isTrue();
    }
  }

  @Test
  @DisplayName("4.5.16 Accept: application/geo+json -> a FeatureCollection of the entities")
  void geoJsonFeatureCollection() {
    String withoutLocation = createEntity("query/room.json", type);
    Response response = query(given().accept(GEO_JSON), "type", type);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(Responses.mediaType(response)).isEqualTo(GEO_JSON);
    JsonNode collection = Json.parse(response);
    assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(collection.path("features")).hasSize(3);
    for (JsonNode feature : collection.path("features")) {
      assertThat(feature.path("type").asText()).isEqualTo("Feature");
      assertThat(feature.path("properties").path("type").asText()).isEqualTo(type);
      String id = feature.path("id").asText();
      if (id.equals(withoutLocation)) {
        assertThat(feature.get("geometry").isNull()).as("geometry of %s", id).isTrue();
      } else {
        assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(13.4);
      }
    }
  }
}
