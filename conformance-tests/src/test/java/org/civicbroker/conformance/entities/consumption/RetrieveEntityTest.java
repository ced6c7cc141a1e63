package org.civicbroker.conformance.entities.consumption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.7.1 Retrieve Entity (HTTP binding 6.5.3.1, GET /entities/{entityId}): not found, attribute
 * selection ({@code attrs}), projection ({@code pick}, {@code omit}) and the entity type selector
 * ({@code type}).
 */
@DisplayName("5.7.1 Retrieve Entity: selection and errors")
class RetrieveEntityTest extends NgsiLdTest {

  @Test
  @DisplayName("5.7.1.4 an unknown id -> 404 ResourceNotFound")
  void unknownIdIsResourceNotFound() {
    assertProblem(
        given().accept(JSON).get("/entities/{id}", newId("Sensor")), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.7.1.4 an id that is not a URI -> 400 BadRequestData")
  void invalidIdIsBadRequestData() {
    assertProblem(given().accept(JSON).get("/entities/{id}", "not-a-uri"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.7.1 normalized by default: id, type and every attribute")
  void fullEntityByDefault() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id);

    assertThat(Json.keysWithoutContext(entity))
        .containsExactlyInAnyOrder("id", "type", "temperature", "name", "owner", "location");
    assertThat(entity.path("type").asText()).isEqualTo("Sensor");
  }

  @Test
  @DisplayName("5.7.1 attrs=temperature,name -> only those attributes (with id and type)")
  void attrsSelectsAttributes() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id, "attrs", "temperature,name");

    assertThat(Json.keysWithoutContext(entity))
        .containsExactlyInAnyOrder("id", "type", "temperature", "name");
  }

  @Test
  @DisplayName("5.7.1 pick=id,temperature -> exactly those members (no type)")
  void pickKeepsOnlyTheNamedMembers() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id, "pick", "id,temperature");

    assertThat(Json.keysWithoutContext(entity)).containsExactlyInAnyOrder("id", "temperature");
    assertThat(entity.path("temperature").path("value").asDouble()).isEqualTo(21.5);
  }

  @Test
  @DisplayName("5.7.1 omit=temperature,type -> every member but those")
  void omitDropsTheNamedMembers() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id, "omit", "temperature,type");

    assertThat(Json.keysWithoutContext(entity))
        .containsExactlyInAnyOrder("id", "name", "owner", "location");
  }

  @Test
  @DisplayName("5.7.1.4 pick and omit together -> 400 BadRequestData")
  void pickWithOmitIsBadRequestData() {
    String id = create("entities/sensor.json", "Sensor");

    assertProblem(
        given()
            .accept(JSON)
            .queryParam("pick", "id,temperature")
            .queryParam("omit", "name")
            .get("/entities/{id}", id),
        400,
        "BadRequestData");
  }

  @Test
  @DisplayName("5.7.1.4 type selector: matching type -> 200, another type -> 404 ResourceNotFound")
  void typeSelectorMustMatch() {
    String id = create("entities/sensor.json", "Sensor");

    assertThat(retrieve(id, "type", "Sensor").path("id").asText()).isEqualTo(id);
    assertProblem(
        given().accept(JSON).queryParam("type", "Vehicle").get("/entities/{id}", id),
        404,
        "ResourceNotFound");
  }
}
