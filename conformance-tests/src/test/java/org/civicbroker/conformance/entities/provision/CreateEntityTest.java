package org.civicbroker.conformance.entities.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.1 Create Entity (HTTP binding 6.4.3.1, POST /entities): 201 Created with a Location header
 * naming the new resource, 409 AlreadyExists for an existing id; accepted request forms.
 */
@DisplayName("5.6.1 Create Entity")
class CreateEntityTest extends NgsiLdTest {

  @Test
  @DisplayName("6.4.3.1 201 Created, empty body, Location /ngsi-ld/v1/entities/{id}")
  void createAnswers201WithLocation() {
    String id = newId("Sensor");
    created(id);

    Response response = json(fixture("entities/sensor.json", "id", id)).post("/entities");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertThat(response.asString()).isEmpty();
    String location = response.header("Location");
    assertThat(location).as("Location header").isNotNull();
    String path = URI.create(location).getRawPath();
    String prefix = "/ngsi-ld/v1/entities/";
    assertThat(path).as("Location path").contains(prefix);
    String lastSegment = path.substring(path.lastIndexOf(prefix) + prefix.length());
    assertThat(URLDecoder.decode(lastSegment, StandardCharsets.UTF_8)).isEqualTo(id);
  }

  @Test
  @DisplayName("5.6.1.4 the created entity can be retrieved with its id and type")
  void createdEntityIsRetrievable() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id);

    assertThat(entity.path("id").asText()).isEqualTo(id);
    assertThat(entity.path("type").asText()).isEqualTo("Sensor");
    assertThat(entity.path("temperature").path("value").asDouble()).isEqualTo(21.5);
  }

  @Test
  @DisplayName("5.6.1.4 an existing id -> 409 AlreadyExists, the stored entity unchanged")
  void existingIdIsAlreadyExists() {
    String id = create("entities/sensor.json", "Sensor");
    JsonNode before = retrieve(id);

    Response again = json(fixture("entities/minimal.json", "id", id)).post("/entities");

    assertProblem(again, 409, "AlreadyExists");
    assertThat(retrieve(id)).isEqualTo(before);
  }

  @Test
  @DisplayName("6.3.5 application/ld+json with @context in the body -> 201")
  void jsonLdWithContextInBodyIsAccepted() {
    String id = newId("Sensor");
    created(id);

    Response response = ldJson(fixture("entities/sensor.jsonld", "id", id)).post("/entities");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertThat(retrieve(id).path("name").path("value").asText()).isEqualTo("North gate");
  }

  @Test
  @DisplayName("4.5 concise input: attribute types inferred from their members -> 201")
  void conciseInputIsAccepted() {
    String id = create("entities/concise.json", "Sensor");

    JsonNode entity = retrieve(id);

    assertType(entity, "name", "Property");
    assertThat(entity.path("name").path("value").asText()).isEqualTo("North gate");
    assertType(entity, "temperature", "Property");
    assertThat(entity.path("temperature").path("unitCode").asText()).isEqualTo("CEL");
    assertType(entity, "owner", "Relationship");
    assertThat(entity.path("owner").path("object").asText()).isEqualTo("urn:ngsi-ld:Person:alice");
    assertType(entity, "location", "GeoProperty");
    assertType(entity, "street", "LanguageProperty");
    assertType(entity, "category", "VocabProperty");
    assertType(entity, "readings", "ListProperty");
    assertType(entity, "friends", "ListRelationship");
    assertType(entity, "config", "JsonProperty");
    assertThat(entity.path("config").path("json").path("mode").asText()).isEqualTo("auto");
  }

  private static void assertType(JsonNode entity, String attribute, String type) {
    assertThat(entity.path(attribute).path("type").asText())
        .as("type of %s in %s", attribute, entity)
        .isEqualTo(type);
  }
}
