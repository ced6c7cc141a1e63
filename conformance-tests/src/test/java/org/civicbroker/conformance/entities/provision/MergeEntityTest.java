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
 * 5.6.17 Merge Entity (HTTP binding 6.5.3.4, PATCH /entities/{entityId}) with the merge-patch
 * behaviour of clause 5.5.12: members present in the fragment are merged in, absent ones are kept,
 * and the NGSI-LD Null ({@code urn:ngsi-ld:null}, clause 4.5.0 / 5.2.1) removes the target
 * attribute or, with a datasetId, that one instance.
 */
@DisplayName("5.6.17 Merge Entity")
class MergeEntityTest extends NgsiLdTest {

  @Test
  @DisplayName("5.5.12 204; changed members merged, sub-attributes and other attributes kept")
  void mergeUpdatesAddsAndKeeps() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = merge(id, JSON, "fragments/temperature-30-humidity-60.json");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode entity = retrieve(id);
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(30);
    assertThat(entity.path("temperature").path("unitCode").asText())
        .as("unitCode not in the fragment is kept")
        .isEqualTo("CEL");
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(60);
    assertThat(entity.path("name").path("value").asText()).isEqualTo("North gate");
    assertThat(entity.path("owner").path("object").asText()).isEqualTo("urn:ngsi-ld:Person:alice");
    assertThat(entity.has("location")).isTrue();
  }

  @Test
  @DisplayName("5.5.12 a Property with value urn:ngsi-ld:null is removed")
  void ngsiLdNullRemovesAProperty() {
    String id = create("entities/sensor.json", "Sensor");

    merge(id, JSON, "fragments/merge-null-name.json").then().statusCode(204);

    JsonNode entity = retrieve(id);
    assertThat(entity.has("name")).as("name removed from %s", entity).isFalse();
    assertThat(entity.path("temperature").path("value").asDouble()).isEqualTo(21.5);
  }

  @Test
  @DisplayName("5.5.12 a Relationship with object urn:ngsi-ld:null is removed")
  void ngsiLdNullRemovesARelationship() {
    String id = create("entities/sensor.json", "Sensor");

    merge(id, JSON, "fragments/merge-null-owner.json").then().statusCode(204);

    JsonNode entity = retrieve(id);
    assertThat(entity.has("owner")).as("owner removed from %s", entity).isFalse();
    assertThat(entity.has("name")).isTrue();
  }

  @Test
  @DisplayName("4.5.5 / 5.5.12 urn:ngsi-ld:null with a datasetId removes only that instance")
  void ngsiLdNullWithDatasetIdRemovesOneInstance() {
    String id = create("entities/multi-instance.json", "Sensor");

    merge(id, JSON, "fragments/merge-null-raw-temperature.json").then().statusCode(204);

    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(Json.instances(temperature)).hasSize(1);
    assertThat(Json.instance(temperature, "urn:ngsi-ld:Dataset:raw")).isNull();
    assertThat(Json.instance(temperature, null).path("value").asInt()).isEqualTo(20);
  }

  @Test
  @DisplayName("6.3.4 / 6.5.3.4 Content-Type application/merge-patch+json is accepted")
  void mergePatchJsonIsAccepted() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = merge(id, MERGE_PATCH_JSON, "fragments/temperature-30-humidity-60.json");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    assertThat(retrieve(id).path("humidity").path("value").asInt()).isEqualTo(60);
  }

  @Test
  @DisplayName("5.6.17.4 an unknown entity -> 404 ResourceNotFound, nothing created")
  void unknownEntityIsResourceNotFound() {
    String id = newId("Sensor");
    created(id);

    assertProblem(
        merge(id, JSON, "fragments/temperature-30-humidity-60.json"), 404, "ResourceNotFound");
    assertEntityAbsent(id);
  }

  private static Response merge(String id, String contentType, String fixture) {
    return given().contentType(contentType).body(fixture(fixture)).patch("/entities/{id}", id);
  }
}
