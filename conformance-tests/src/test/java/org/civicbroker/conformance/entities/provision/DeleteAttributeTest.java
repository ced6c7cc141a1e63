package org.civicbroker.conformance.entities.provision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.5 Delete Entity Attribute (HTTP binding 6.7.3.2, DELETE /entities/{entityId}/attrs/{attrId}),
 * with the {@code datasetId} and {@code deleteAll} parameters for multi-attributes (4.5.5).
 */
@DisplayName("5.6.5 Delete Entity Attribute")
class DeleteAttributeTest extends NgsiLdTest {
  private static final String RAW = "urn:ngsi-ld:Dataset:raw";

  @Test
  @DisplayName("6.7.3.2 204; the attribute is gone, the others are kept")
  void deleteRemovesTheAttribute() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = given().delete("/entities/{id}/attrs/{attr}", id, "temperature");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode entity = retrieve(id);
    assertThat(entity.has("temperature")).isFalse();
    assertThat(entity.path("name").path("value").asText()).isEqualTo("North gate");
  }

  @Test
  @DisplayName("5.6.5.4 without datasetId only the default instance is deleted")
  void withoutDatasetIdOnlyTheDefaultInstanceGoes() {
    String id = create("entities/multi-instance.json", "Sensor");

    given().delete("/entities/{id}/attrs/{attr}", id, "temperature").then().statusCode(204);

    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(Json.instances(temperature)).hasSize(1);
    assertThat(Json.instance(temperature, RAW).path("value").asDouble()).isEqualTo(19.5);
  }

  @Test
  @DisplayName("5.6.5.4 datasetId=... deletes only that instance")
  void datasetIdDeletesOneInstance() {
    String id = create("entities/multi-instance.json", "Sensor");

    given()
        .queryParam("datasetId", RAW)
        .delete("/entities/{id}/attrs/{attr}", id, "temperature")
        .then()
        .statusCode(204);

    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(Json.instances(temperature)).hasSize(1);
    assertThat(Json.instance(temperature, null).path("value").asInt()).isEqualTo(20);
  }

  @Test
  @DisplayName("5.6.5.4 deleteAll=true deletes every instance")
  void deleteAllDeletesEveryInstance() {
    String id = create("entities/multi-instance.json", "Sensor");

    given()
        .queryParam("deleteAll", "true")
        .delete("/entities/{id}/attrs/{attr}", id, "temperature")
        .then()
        .statusCode(204);

    JsonNode entity = retrieve(id);
    assertThat(entity.has("temperature")).as("temperature in %s", entity).isFalse();
    assertThat(entity.has("name")).isTrue();
  }

  @Test
  @DisplayName("5.6.5.4 no instance with the given datasetId -> 404 ResourceNotFound")
  void unknownDatasetIdIsResourceNotFound() {
    String id = create("entities/multi-instance.json", "Sensor");

    Response response =
        given()
            .queryParam("datasetId", "urn:ngsi-ld:Dataset:unknown")
            .delete("/entities/{id}/attrs/{attr}", id, "temperature");

    assertProblem(response, 404, "ResourceNotFound");
    assertThat(Json.instances(retrieve(id).path("temperature"))).hasSize(2);
  }

  @Test
  @DisplayName("5.6.5.4 an attribute the entity does not have -> 404 ResourceNotFound")
  void missingAttributeIsResourceNotFound() {
    String id = create("entities/sensor.json", "Sensor");

    assertProblem(
        given().delete("/entities/{id}/attrs/{attr}", id, "humidity"), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.6.5.4 an unknown entity -> 404 ResourceNotFound")
  void unknownEntityIsResourceNotFound() {
    assertProblem(
        given().delete("/entities/{id}/attrs/{attr}", newId("Sensor"), "temperature"),
        404,
        "ResourceNotFound");
  }
}
