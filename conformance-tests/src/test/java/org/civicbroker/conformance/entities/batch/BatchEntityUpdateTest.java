package org.civicbroker.conformance.entities.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.9 Batch Entity Update (HTTP binding 6.16.3.1, POST /entityOperations/update): the attributes
 * of existing entities are appended (overwritten unless {@code options=noOverwrite}); 204 when all
 * were updated, else 207.
 */
@DisplayName("5.6.9 Batch Entity Update")
class BatchEntityUpdateTest extends BatchTestBase {

  @Test
  @DisplayName("6.16.3.1 all updated -> 204, attributes overwritten and added")
  void allUpdatedAnswers204() {
    String a = newSensorId();
    String b = newSensorId();
    createEach("sensor.json", a, b);

    assertNoContent(post("update", array("sensor-warmer.json", a, b)));

    JsonNode entity = retrieve(a);
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(25);
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(55);
    assertThat(entity.path("owner").path("object").asText()).isEqualTo("urn:ngsi-ld:Person:alice");
  }

  @Test
  @DisplayName("5.6.9.4 a missing entity -> 207, ResourceNotFound for it, not created")
  void missingEntityFailsAlone() {
    String a = newSensorId();
    createEach("sensor.json", a);
    String missing = newSensorId();

    Response response = post("update", array("sensor-warmer.json", a, missing));

    assertBatchResult(response, List.of(a), List.of(error(missing, "ResourceNotFound")));
    assertThat(status(missing)).isEqualTo(404);
  }

  @Test
  @DisplayName("5.6.9.4 noOverwrite with only new attributes -> 204")
  void noOverwriteWithNewAttributes() {
    String a = newSensorId();
    createEach("sensor.json", a);

    Response response =
        json(array("sensor-humidity.json", a))
            .queryParam("options", "noOverwrite")
            .post("/entityOperations/update");

    assertNoContent(response);
    assertThat(retrieve(a).path("humidity").path("value").asInt()).isEqualTo(40);
  }

  @Test
  @DisplayName("5.6.9.4 noOverwrite keeps existing attributes -> 207 for that entity")
  void noOverwriteKeepsExistingAttributes() {
    String a = newSensorId();
    createEach("sensor.json", a);

    Response response =
        json(array("sensor-warmer.json", a))
            .queryParam("options", "noOverwrite")
            .post("/entityOperations/update");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(207);
    JsonNode entity = retrieve(a);
    assertThat(entity.path("temperature").path("value").asDouble()).isEqualTo(21.5);
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(55);
  }

  @Test
  @DisplayName("5.6.9.4 an invalid entity -> 207, BadRequestData for it alone")
  void invalidEntityFailsAlone() {
    String a = newSensorId();
    String b = newSensorId();
    createEach("sensor.json", a, b);

    Response response =
        post(
            "update",
            arrayOf(entity("sensor-null-value.json", a), entity("sensor-warmer.json", b)));

    assertBatchResult(response, List.of(b), List.of(error(a, "BadRequestData")));
    assertThat(retrieve(a).path("temperature").path("value").asDouble()).isEqualTo(21.5);
  }

  @Test
  @DisplayName("4.14 an unknown tenant -> 404 NonexistentTenant")
  void unknownTenant() {
    Response response =
        json(array("sensor.json", newId("Sensor")))
            .header(TENANT_HEADER, newTenant())
            .post("/entityOperations/update");

    org.civicbroker.conformance.Problems.assertProblem(response, 404, "NonexistentTenant");
  }
}
