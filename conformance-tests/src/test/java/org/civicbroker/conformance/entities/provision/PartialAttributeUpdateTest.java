package org.civicbroker.conformance.entities.provision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Instant;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.4 Partial Attribute Update (HTTP binding 6.7.3.1, PATCH /entities/{entityId}/attrs/{attrId})
 * with the partial update patch behaviour of 5.5.8: only the members given in the fragment change.
 */
@DisplayName("5.6.4 Partial Attribute Update")
class PartialAttributeUpdateTest extends NgsiLdTest {

  @Test
  @DisplayName("5.5.8 (EXAMPLE 1) 204; the value changes, unitCode and type are kept")
  void onlyTheGivenMembersChange() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = patch(id, "temperature", "fragments/attribute-value-30.json");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(temperature.path("type").asText()).isEqualTo("Property");
    assertThat(temperature.path("value").asInt()).isEqualTo(30);
    assertThat(temperature.path("unitCode").asText()).isEqualTo("CEL");
  }

  @Test
  @DisplayName("5.5.8 a member the attribute did not have (observedAt) is added")
  void aNewMemberIsAdded() {
    String id = create("entities/sensor.json", "Sensor");

    patch(id, "temperature", "fragments/attribute-value-31-observed.json").then().statusCode(204);

    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(temperature.path("value").asInt()).isEqualTo(31);
    assertThat(Instant.parse(temperature.path("observedAt").asText()))
        .isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    assertThat(temperature.path("unitCode").asText()).isEqualTo("CEL");
  }

  @Test
  @DisplayName("4.5.5 a datasetId in the fragment targets that instance only")
  void datasetIdTargetsOneInstance() {
    String id = create("entities/multi-instance.json", "Sensor");

    patch(id, "temperature", "fragments/attribute-value-5-raw.json").then().statusCode(204);

    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(Json.instances(temperature)).hasSize(2);
    assertThat(Json.instance(temperature, "urn:ngsi-ld:Dataset:raw").path("value").asInt())
        .isEqualTo(5);
    assertThat(Json.instance(temperature, null).path("value").asInt()).isEqualTo(20);
  }

  @Test
  @DisplayName("5.6.4.4 no instance with the given datasetId -> 404 ResourceNotFound")
  void unknownDatasetIdIsResourceNotFound() {
    String id = create("entities/multi-instance.json", "Sensor");
    JsonNode before = retrieve(id);

    Response response =
        patch(id, "temperature", "fragments/attribute-value-5-unknown-dataset.json");

    assertProblem(response, 404, "ResourceNotFound");
    assertThat(retrieve(id)).isEqualTo(before);
  }

  @Test
  @DisplayName("5.6.4.4 an attribute the entity does not have -> 404 ResourceNotFound")
  void missingAttributeIsResourceNotFound() {
    String id = create("entities/sensor.json", "Sensor");

    assertProblem(
        patch(id, "humidity", "fragments/attribute-value-30.json"), 404, "ResourceNotFound");
    assertThat(retrieve(id).has("humidity")).isFalse();
  }

  @Test
  @DisplayName("5.6.4.4 an unknown entity -> 404 ResourceNotFound")
  void unknownEntityIsResourceNotFound() {
    String id = newId("Sensor");
    created(id);

    assertProblem(
        patch(id, "temperature", "fragments/attribute-value-30.json"), 404, "ResourceNotFound");
  }

  private static Response patch(String id, String attribute, String fixture) {
    return given()
        .contentType(JSON)
        .body(fixture(fixture))
        .patch("/entities/{id}/attrs/{attr}", id, attribute);
  }
}
