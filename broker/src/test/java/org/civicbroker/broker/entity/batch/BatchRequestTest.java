package org.civicbroker.broker.entity.batch;

import static io.restassured.RestAssured.given;
import static org.civicbroker.broker.entity.batch.Batches.postFixture;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies a batch operation rejects whole (GS CIM 009 clauses 5.6.7 - 5.6.10, 5.6.20). */
@QuarkusTest
class BatchRequestTest {

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge", "delete"})
  void aBodyThatIsNoArrayIsBadRequestData(String operation) {
    postFixture(operation, "not-an-array.json")
        .then()
        .statusCode(400)
        .contentType("application/json")
        .body("type", endsWith("/BadRequestData"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge", "delete"})
  void anEmptyArrayIsBadRequestData(String operation) {
    postFixture(operation, "empty.json")
        .then()
        .statusCode(400)
        .body("type", endsWith("/BadRequestData"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge", "delete"})
  void invalidJsonIsInvalidRequest(String operation) {
    postFixture(operation, "invalid.json")
        .then()
        .statusCode(400)
        .body("type", endsWith("/InvalidRequest"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "upsert", "update", "merge"})
  void anElementWithoutIdIsBadRequestData(String operation) {
    postFixture(operation, "element-without-id.json")
        .then()
        .statusCode(400)
        .body("type", endsWith("/BadRequestData"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "delete"})
  void moreThanTheMaximumIsBadRequestDataAndWritesNothing(String operation) {
    String first = Batches.newId();
    String body =
        IntStream.range(0, 1001)
            .mapToObj(i -> i == 0 ? first : Batches.newId())
            .map(
                id ->
                    operation.equals("delete")
                        ? "\"" + id + "\""
                        : "{\"id\":\"" + id + "\",\"type\":\"Room\"}")
            .collect(Collectors.joining(",", "[", "]"));

    Batches.post(operation, body)
        .then()
        .statusCode(400)
        .body("type", endsWith("/BadRequestData"))
        .body("detail", org.hamcrest.Matchers.containsString("1000"));
    Batches.retrieve(first).then().statusCode(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"update", "merge", "delete"})
  void anUnknownTenantIsNonexistentTenantForOperationsOnExistingEntities(String operation) {
    String id = Batches.newId();
    String body = operation.equals("delete") ? Batches.ids(id) : Batches.array("room.json", id);

    given()
        .header("NGSILD-Tenant", newTenant())
        .contentType("application/json")
        .body(body)
        .post(Batches.OPERATIONS + operation)
        .then()
        .statusCode(404)
        .body("type", endsWith("/NonexistentTenant"));
  }

  @org.junit.jupiter.api.Test
  void anUpsertCreatesTheTenant() {
    String tenant = newTenant();
    String id = Batches.newId();

    given()
        .header("NGSILD-Tenant", tenant)
        .contentType("application/json")
        .body(Batches.array("room.json", id))
        .post(Batches.OPERATIONS + "upsert")
        .then()
        .statusCode(201);

    given().header("NGSILD-Tenant", tenant).get(Batches.ENTITIES + id).then().statusCode(200);
    Batches.retrieve(id).then().statusCode(404);
  }

  private static String newTenant() {
    return "batch" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/xml"})
  void otherMediaTypesAre415(String contentType) {
    given()
        .contentType(contentType)
        .body("[]")
        .post(Batches.OPERATIONS + "create")
        .then()
        .statusCode(415);
  }
}
