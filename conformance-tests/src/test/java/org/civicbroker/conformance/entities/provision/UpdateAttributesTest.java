package org.civicbroker.conformance.entities.provision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;
import static org.civicbroker.conformance.UpdateResults.assertUpdateResult;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.2 Update Entity Attributes (HTTP binding 6.6.3.2, PATCH /entities/{entityId}/attrs): only
 * attributes the entity already has are updated; 204 when all were, otherwise 207 with an
 * UpdateResult (5.2.18) naming the others in {@code notUpdated}.
 */
@DisplayName("5.6.2 Update Entity Attributes")
class UpdateAttributesTest extends NgsiLdTest {

  @Test
  @DisplayName("6.6.3.2 all attributes exist -> 204 and they hold the new values")
  void updateOfExistingAttributesIs204() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = update(id, "fragments/temperature-30-name-south.json");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode entity = retrieve(id);
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(30);
    assertThat(entity.path("name").path("value").asText()).isEqualTo("South gate");
    assertThat(entity.path("owner").path("object").asText()).isEqualTo("urn:ngsi-ld:Person:alice");
  }

  @Test
  @DisplayName(
      "5.5.8 (EXAMPLE 2) the whole attribute is replaced: unitCode not in the fragment is gone")
  void updateReplacesTheWholeAttribute() {
    String id = create("entities/sensor.json", "Sensor");

    update(id, "fragments/temperature-30-name-south.json").then().statusCode(204);

    assertThat(retrieve(id).path("temperature").has("unitCode")).isFalse();
  }

  @Test
  @DisplayName("5.6.2.4 a non-existing attribute -> 207, notUpdated names it, it is not added")
  void nonExistingAttributeIsReportedNotUpdated() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = update(id, "fragments/temperature-30-humidity-60.json");

    assertUpdateResult(response, List.of("temperature"), List.of("humidity"));
    JsonNode entity = retrieve(id);
    assertThat(entity.has("humidity")).as("humidity not appended").isFalse();
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(30);
  }

  @Test
  @DisplayName("4.5.5 a datasetId in the fragment updates only that instance")
  void datasetIdTargetsOneInstance() {
    String id = create("entities/multi-instance.json", "Sensor");

    update(id, "fragments/raw-temperature-5.json").then().statusCode(204);

    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(Json.instance(temperature, "urn:ngsi-ld:Dataset:raw").path("value").asInt())
        .isEqualTo(5);
    assertThat(Json.instance(temperature, null).path("value").asInt()).isEqualTo(20);
  }

  @Test
  @DisplayName("5.6.2.4 an unknown entity -> 404 ResourceNotFound")
  void unknownEntityIsResourceNotFound() {
    String id = newId("Sensor");
    created(id);

    assertProblem(update(id, "fragments/temperature-30-name-south.json"), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.6.2.4 an entity id that is not a URI -> 400 BadRequestData")
  void invalidEntityIdIsBadRequestData() {
    assertProblem(
        update("not-a-uri", "fragments/temperature-30-name-south.json"), 400, "BadRequestData");
  }

  private static Response update(String id, String fixture) {
    return given().contentType(JSON).body(fixture(fixture)).patch("/entities/{id}/attrs", id);
  }
}
