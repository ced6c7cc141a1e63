package org.civicbroker.conformance.entities.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.7 Batch Entity Creation (HTTP binding 6.14.3.1, POST /entityOperations/create): 201 with the
 * array of created ids when all were created, else 207 with a BatchOperationResult; one bad entity
 * never blocks the others.
 */
@DisplayName("5.6.7 Batch Entity Creation")
class BatchEntityCreationTest extends BatchTestBase {

  @Test
  @DisplayName("6.14.3.1 all created -> 201 with the array of their ids")
  void allCreatedAnswers201WithTheIds() {
    String a = newSensorId();
    String b = newSensorId();

    Response response = post("create", array("sensor.json", a, b));

    assertCreatedIds(response, a, b);
    assertThat(retrieve(a).path("temperature").path("value").asDouble()).isEqualTo(21.5);
    assertThat(retrieve(b).path("owner").path("object").asText())
        .isEqualTo("urn:ngsi-ld:Person:alice");
  }

  @Test
  @DisplayName("5.6.7.4 an existing id -> 207, AlreadyExists for it, the others created")
  void existingIdFailsAlone() {
    String existing = newSensorId();
    createEach("sensor.json", existing);
    String a = newSensorId();
    String b = newSensorId();

    Response response = post("create", array("sensor.json", a, existing, b));

    assertBatchResult(response, List.of(a, b), List.of(error(existing, "AlreadyExists")));
    assertThat(status(a)).isEqualTo(200);
    assertThat(status(b)).isEqualTo(200);
  }

  @Test
  @DisplayName("5.6.7.4 an invalid entity in the middle -> 207, BadRequestData for it alone")
  void invalidEntityInTheMiddleFailsAlone() {
    String a = newSensorId();
    String invalid = newSensorId();
    String b = newSensorId();

    Response response =
        post(
            "create",
            arrayOf(
                entity("sensor.json", a),
                entity("sensor-without-type.json", invalid),
                entity("sensor.json", b)));

    assertBatchResult(response, List.of(a, b), List.of(error(invalid, "BadRequestData")));
    assertThat(status(invalid)).isEqualTo(404);
  }

  @Test
  @DisplayName("5.5.11 the same id twice -> the second is AlreadyExists")
  void duplicateIdInOneBatch() {
    String a = newSensorId();
    String b = newSensorId();

    Response response = post("create", array("sensor.json", a, b, a));

    assertBatchResult(response, List.of(a, b), List.of(error(a, "AlreadyExists")));
  }

  @Test
  @DisplayName("6.3.5 application/ld+json: an entity without @context fails alone")
  void ldJsonEntityWithoutContextFailsAlone() {
    String a = newSensorId();
    String missing = newSensorId();

    Response response =
        postLd(
            "create",
            arrayOf(entity("sensor.jsonld", a), entity("sensor-without-context.jsonld", missing)));

    assertBatchResult(response, List.of(a), List.of(error(missing, "BadRequestData")));
    assertThat(status(missing)).isEqualTo(404);
  }

  @Test
  @DisplayName("5.6.7.4 none created -> 207 with an empty success array")
  void noneCreatedIs207() {
    String existing = newSensorId();
    createEach("sensor.json", existing);

    Response response = post("create", array("sensor.json", existing));

    assertBatchResult(response, List.of(), List.of(error(existing, "AlreadyExists")));
  }
}
