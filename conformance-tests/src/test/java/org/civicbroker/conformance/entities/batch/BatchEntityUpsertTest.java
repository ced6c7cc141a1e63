package org.civicbroker.conformance.entities.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.8 Batch Entity Creation or Update (Upsert) (HTTP binding 6.15.3.1, POST
 * /entityOperations/upsert): 201 with the ids of the entities created when some were created, 204
 * when all existed and were updated, 207 when some failed; {@code options=replace} (default)
 * replaces existing entities, {@code options=update} appends to them.
 */
@DisplayName("5.6.8 Batch Entity Upsert")
class BatchEntityUpsertTest extends BatchTestBase {

  @Test
  @DisplayName("6.15.3.1 all new -> 201 with the created ids")
  void allNewAnswers201() {
    String a = newSensorId();
    String b = newSensorId();

    assertCreatedIds(post("upsert", array("sensor.json", a, b)), a, b);
  }

  @Test
  @DisplayName("6.15.3.1 all existing -> 204; replace is the default")
  void allExistingAnswers204AndReplaces() {
    String a = newSensorId();
    String b = newSensorId();
    createEach("sensor.json", a, b);

    assertNoContent(post("upsert", array("sensor-warmer.json", a, b)));

    JsonNode entity = retrieve(b);
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(25);
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(55);
    assertThat(entity.has("owner")).as("replaced: owner gone in %s", entity).isFalse();
  }

  @Test
  @DisplayName("6.15.3.1 new and existing -> 201 with only the created ids")
  void mixAnswers201WithTheNewIds() {
    String existing = newSensorId();
    createEach("sensor.json", existing);
    String fresh = newSensorId();

    assertCreatedIds(post("upsert", array("sensor-warmer.json", existing, fresh)), fresh);
    assertThat(retrieve(existing).path("temperature").path("value").asInt()).isEqualTo(25);
  }

  @Test
  @DisplayName("5.6.8.4 options=update appends to existing entities")
  void updateOptionAppends() {
    String existing = newSensorId();
    createEach("sensor.json", existing);

    Response response =
        json(array("sensor-humidity.json", existing))
            .queryParam("options", "update")
            .post("/entityOperations/upsert");

    assertNoContent(response);
    JsonNode entity = retrieve(existing);
    assertThat(entity.path("temperature").path("value").asDouble()).isEqualTo(21.5);
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(40);
    assertThat(entity.path("owner").path("object").asText()).isEqualTo("urn:ngsi-ld:Person:alice");
  }

  @Test
  @DisplayName("5.6.8.4 an invalid entity -> 207, BadRequestData for it, the others upserted")
  void invalidEntityFailsAlone() {
    String a = newSensorId();
    String invalid = newSensorId();
    String b = newSensorId();

    Response response =
        post(
            "upsert",
            arrayOf(
                entity("sensor.json", a),
                entity("sensor-null-value.json", invalid),
                entity("sensor.json", b)));

    assertBatchResult(response, List.of(a, b), List.of(error(invalid, "BadRequestData")));
    assertThat(status(a)).isEqualTo(200);
  }

  @Test
  @DisplayName("5.5.11 the same id twice -> applied in order, the last one wins")
  void sameIdTwiceIsAppliedInOrder() {
    String a = newSensorId();
    String b = newSensorId();

    Response response =
        post(
            "upsert",
            arrayOf(
                entity("sensor.json", a),
                entity("sensor.json", b),
                entity("sensor-warmer.json", a)));

    assertCreatedIds(response, a, b);
    JsonNode entity = retrieve(a);
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(25);
    assertThat(entity.has("owner")).as("first instance's attribute gone in %s", entity).isFalse();
  }

  @Test
  @DisplayName("4.14 an upsert to a new tenant creates the tenant")
  void upsertCreatesTheTenant() {
    String tenant = newTenant();
    String a = newId("Sensor");
    created(tenant, a);

    Response response =
        json(array("sensor.json", a))
            .header(TENANT_HEADER, tenant)
            .post("/entityOperations/upsert");

    assertCreatedIds(response, a);
    Response retrieved =
        io.restassured.RestAssured.given()
            .header(TENANT_HEADER, tenant)
            .accept(JSON)
            .get("/entities/{id}", a);
    assertThat(retrieved.statusCode()).as(retrieved.asString()).isEqualTo(200);
    assertThat(status(a)).as("not in the default tenant").isEqualTo(404);
  }
}
