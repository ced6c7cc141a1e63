package org.civicbroker.conformance.entities.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Purge Entities (GS CIM 009 V1.9.1, DELETE /entities with the query parameters of Query Entities):
 * the matching entities are deleted, or with {@code drop} lose the listed attributes, or with
 * {@code keep} lose every other attribute; a purge needs a filter.
 */
@DisplayName("V1.9.1 Purge Entities")
class PurgeEntitiesTest extends BatchTestBase {

  @Test
  @DisplayName("DELETE /entities?type=T -> 204, every entity of T deleted, no other")
  void purgeByType() {
    String a = newSensorId();
    String b = newSensorId();
    createEach("sensor.json", a, b);
    String other = create("entities/sensor.json", "Sensor");

    Response response = given().queryParam("type", type).delete("/entities");

    assertNoContent(response);
    assertThat(status(a)).isEqualTo(404);
    assertThat(status(b)).isEqualTo(404);
    assertThat(status(other)).isEqualTo(200);
  }

  @Test
  @DisplayName("DELETE /entities?type=T&q=... -> only the entities matching q deleted")
  void purgeByTypeAndQ() {
    String cold = newSensorId();
    createEach("sensor.json", cold);
    String warm = newSensorId();
    createEach("sensor-warmer.json", warm);

    assertNoContent(
        given().queryParam("type", type).queryParam("q", "temperature>22").delete("/entities"));

    assertThat(status(cold)).isEqualTo(200);
    assertThat(status(warm)).isEqualTo(404);
  }

  @Test
  @DisplayName("drop=attr -> the attribute deleted from the matching entities, which stay")
  void drop() {
    String a = newSensorId();
    createEach("sensor.json", a);

    assertNoContent(
        given().queryParam("type", type).queryParam("drop", "owner").delete("/entities"));

    JsonNode entity = retrieve(a);
    assertThat(entity.has("owner")).as("owner dropped in %s", entity).isFalse();
    assertThat(entity.has("temperature")).isTrue();
  }

  @Test
  @DisplayName("keep=attr -> every other attribute deleted from the matching entities")
  void keep() {
    String a = newSensorId();
    createEach("sensor.json", a);

    assertNoContent(
        given().queryParam("type", type).queryParam("keep", "owner").delete("/entities"));

    JsonNode entity = retrieve(a);
    assertThat(entity.has("temperature")).as("temperature gone in %s", entity).isFalse();
    assertThat(entity.path("owner").path("object").asText()).isEqualTo("urn:ngsi-ld:Person:alice");
  }

  @Test
  @DisplayName("no filter -> 400 BadRequestData, nothing deleted")
  void purgeNeedsAFilter() {
    String a = newSensorId();
    createEach("sensor.json", a);

    assertProblem(given().delete("/entities"), 400, "BadRequestData");
    assertThat(status(a)).isEqualTo(200);
  }

  @Test
  @DisplayName("nothing matching -> 204")
  void nothingMatching() {
    assertNoContent(given().queryParam("type", type).delete("/entities"));
  }
}
