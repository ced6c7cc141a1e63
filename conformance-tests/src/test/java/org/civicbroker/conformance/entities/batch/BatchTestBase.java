package org.civicbroker.conformance.entities.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.civicbroker.conformance.Problems;
import org.civicbroker.conformance.Responses;

/**
 * Helpers of the batch operation tests (clauses 5.6.7 - 5.6.10, 5.6.20): bodies built from entity
 * fixtures, requests to {@code /entityOperations/*} and assertions on the BatchOperationResult
 * (clause 5.2.16) of a 207 response.
 */
abstract class BatchTestBase extends NgsiLdTest {
  /** A type unique to the test, so that queries and purges see only the test's entities. */
  protected final String type = "BatchSensor" + UUID.randomUUID().toString().replace("-", "");

  /** A fresh id, registered for deletion after the test. */
  protected String newSensorId() {
    String id = newId("Sensor");
    created(id);
    return id;
  }

  /** One entity of a fixture with the id and the test's type. */
  protected String entity(String fixtureName, String id) {
    return fixture("batch/" + fixtureName, "id", id, "type", type);
  }

  /** A JSON array of the fixture's entity, once per id. */
  protected String array(String fixtureName, String... ids) {
    return Arrays.stream(ids)
        .map(id -> entity(fixtureName, id))
        .collect(Collectors.joining(",", "[", "]"));
  }

  protected static String arrayOf(String... elements) {
    return "[" + String.join(",", elements) + "]";
  }

  protected static String idArray(String... ids) {
    return Arrays.stream(ids)
        .map(id -> "\"" + id + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** POST /entityOperations/{operation} with an application/json body. */
  protected static Response post(String operation, String body) {
    return json(body).post("/entityOperations/" + operation);
  }

  /** POST /entityOperations/{operation} with an application/ld+json body. */
  protected static Response postLd(String operation, String body) {
    return ldJson(body).post("/entityOperations/" + operation);
  }

  /** Creates the entities of a fixture through POST /entities, one by one. */
  protected void createEach(String fixtureName, String... ids) {
    for (String id : ids) {
      Response response = json(entity(fixtureName, id)).post("/entities");
      assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    }
  }

  /** Asserts 201 with a JSON array of exactly these ids (in any order). */
  protected static void assertCreatedIds(Response response, String... ids) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(201);
    JsonNode body = Json.parse(response);
    assertThat(body.isArray()).as("array of ids: %s", body).isTrue();
    List<String> listed = new ArrayList<>();
    body.forEach(n -> listed.add(n.asText()));
    assertThat(listed).containsExactlyInAnyOrder(ids);
  }

  /** Asserts 204 with an empty body. */
  protected static void assertNoContent(Response response) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(204);
    assertThat(response.asString()).isEmpty();
  }

  /**
   * Asserts 207 with a BatchOperationResult: exactly these success ids (any order) and one error
   * per given (entity id, problem type name) pair, each a ProblemDetails with a title.
   */
  protected static void assertBatchResult(
      Response response, List<String> success, List<ExpectedError> errors) {
    assertThat(response.statusCode()).as("status; body: %s", response.asString()).isEqualTo(207);
    assertThat(Responses.mediaType(response)).isEqualTo("application/json");
    JsonNode body = Json.parse(response);
    List<String> successIds = new ArrayList<>();
    body.path("success").forEach(n -> successIds.add(n.asText()));
    assertThat(successIds).as("success in %s", body).containsExactlyInAnyOrderElementsOf(success);
    List<String> found = new ArrayList<>();
    for (JsonNode error : body.path("errors")) {
      JsonNode problem = error.path("error");
      assertThat(problem.path("title").asText()).as("title in %s", error).isNotBlank();
      String typeUri = problem.path("type").asText();
      found.add(error.path("entityId").asText() + " " + typeUri.replace(Problems.ERRORS, ""));
    }
    List<String> expected = errors.stream().map(e -> e.entityId() + " " + e.problemType()).toList();
    assertThat(found).as("errors in %s", body).containsExactlyInAnyOrderElementsOf(expected);
  }

  protected static ExpectedError error(String entityId, String problemType) {
    return new ExpectedError(entityId, problemType);
  }

  /** One expected BatchEntityError: the entity id and the problem type name. */
  protected record ExpectedError(String entityId, String problemType) {}

  /** GET /entities/{id} answers 200 or 404. */
  protected static int status(String id) {
    return given().accept(JSON).get("/entities/{id}", id).statusCode();
  }
}
