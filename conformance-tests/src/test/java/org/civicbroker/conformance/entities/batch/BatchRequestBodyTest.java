package org.civicbroker.conformance.entities.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civicbroker.conformance.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies of the batch operations (clauses 5.6.7 - 5.6.10, 5.6.20) that are rejected whole: not JSON
 * (InvalidRequest), not an array or an empty array (BadRequestData, clause 5.5.4), an element that
 * cannot be attributed to an entity; and the paths with a trailing slash that FIWARE IoT Agents
 * use.
 */
@DisplayName("5.6.7-5.6.10, 5.6.20 batch request bodies")
class BatchRequestBodyTest extends BatchTestBase {
  /**
   * The broker's largest accepted batch, when it has one ({@code -Dbatch.max-entities}; 0 skips the
   * test). The spec sets no limit; Civic Broker's default is 1000.
   */
  private static final int MAX_ENTITIES = Integer.getInteger("batch.max-entities", 1000);

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge", "delete"})
  @DisplayName("5.5.2 malformed JSON -> 400 InvalidRequest")
  void malformedJson(String operation) {
    assertProblem(post(operation, Fixtures.text("batch/invalid.json")), 400, "InvalidRequest");
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge", "delete"})
  @DisplayName("5.5.4 a body that is not an array -> 400 BadRequestData")
  void notAnArray(String operation) {
    assertProblem(post(operation, Fixtures.text("batch/not-an-array.json")), 400, "BadRequestData");
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge", "delete"})
  @DisplayName("5.5.4 an empty array -> 400 BadRequestData")
  void emptyArray(String operation) {
    assertProblem(post(operation, Fixtures.text("batch/empty.json")), 400, "BadRequestData");
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge"})
  @DisplayName("5.5.4 a null element -> 400 BadRequestData, nothing written")
  void nullElement(String operation) {
    assertProblem(post(operation, Fixtures.text("batch/null-element.json")), 400, "BadRequestData");
    assertThat(status("urn:ngsi-ld:Sensor:first")).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert"})
  @DisplayName("5.6.7 an element without id -> 400 BadRequestData")
  void elementWithoutId(String operation) {
    assertProblem(
        post(operation, Fixtures.text("batch/element-without-id.json")), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.6.10 a delete element that is not an id string -> 400 BadRequestData")
  void deleteElementThatIsNoString() {
    String a = newSensorId();
    createEach("sensor.json", a);

    assertProblem(post("delete", "[\"" + a + "\", 7]"), 400, "BadRequestData");
    assertThat(status(a)).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge"})
  @DisplayName("6.3.4 Content-Type text/plain -> 415")
  void unsupportedMediaType(String operation) {
    Response response =
        io.restassured.RestAssured.given()
            .contentType("text/plain")
            .body("[]")
            .post("/entityOperations/" + operation);

    assertThat(response.statusCode()).isEqualTo(415);
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert"})
  @DisplayName("6.2 POST /entityOperations/{op}/ (trailing slash, as IoT Agents send) -> 201")
  void trailingSlash(String operation) {
    String a = newSensorId();

    Response response = post(operation + "/", array("sensor.json", a));

    assertCreatedIds(response, a);
  }

  @Test
  @DisplayName("6.2 POST /entityOperations/delete/ (trailing slash) -> 204")
  void trailingSlashDelete() {
    String a = newSensorId();
    createEach("sensor.json", a);

    assertNoContent(post("delete/", idArray(a)));
  }

  @Test
  @DisplayName(
      "broker limit: one entity more than the maximum -> 400 BadRequestData, nothing written")
  void overTheMaximum() {
    Assumptions.assumeTrue(MAX_ENTITIES > 0, "no batch limit configured for this broker");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i <= MAX_ENTITIES; i++) {
      ids.add(newId("Sensor"));
    }
    String body =
        ids.stream()
            .map(id -> "{\"id\": \"" + id + "\", \"type\": \"" + type + "\"}")
            .collect(Collectors.joining(",", "[", "]"));

    assertProblem(post("upsert", body), 400, "BadRequestData");
    assertThat(status(ids.get(0))).isEqualTo(404);
    assertThat(status(ids.get(MAX_ENTITIES))).isEqualTo(404);
  }

  @Test
  @DisplayName("broker limit: exactly the maximum -> 201")
  void atTheMaximum() {
    Assumptions.assumeTrue(MAX_ENTITIES > 0, "no batch limit configured for this broker");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < MAX_ENTITIES; i++) {
      ids.add(newSensorId());
    }
    String body =
        ids.stream()
            .map(id -> "{\"id\": \"" + id + "\", \"type\": \"" + type + "\"}")
            .collect(Collectors.joining(",", "[", "]"));

    Response response = post("upsert", body);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertNoContent(post("delete", idArray(ids.toArray(String[]::new))));
  }
}
