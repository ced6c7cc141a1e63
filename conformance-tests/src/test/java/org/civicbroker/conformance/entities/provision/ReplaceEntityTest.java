package org.civicbroker.conformance.entities.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.6.18 Replace Entity (HTTP binding 6.5.3.3, PUT /entities/{entityId}). */
@DisplayName("5.6.18 Replace Entity")
class ReplaceEntityTest extends NgsiLdTest {

  @Test
  @DisplayName("6.5.3.3 204, the old attributes are gone and the new ones present")
  void replaceSwapsAllAttributes() {
    String id = create("entities/sensor.json", "Sensor");

    Response response =
        json(fixture("entities/replacement.json", "id", id)).put("/entities/{id}", id);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode entity = retrieve(id);
    assertThat(Json.keysWithoutContext(entity))
        .containsExactlyInAnyOrder("id", "type", "status", "locatedAt");
    assertThat(entity.path("status").path("value").asText()).isEqualTo("maintenance");
    assertThat(entity.path("locatedAt").path("object").asText())
        .isEqualTo("urn:ngsi-ld:Site:north");
  }

  @Test
  @DisplayName("5.6.18.4 createdAt of the entity is kept (options=sysAttrs)")
  void replaceKeepsCreatedAt() {
    String id = create("entities/sensor.json", "Sensor");
    String createdAt = retrieve(id, "options", "sysAttrs").path("createdAt").asText();
    assertThat(createdAt).isNotBlank();

    json(fixture("entities/replacement.json", "id", id))
        .put("/entities/{id}", id)
        .then()
        .statusCode(204);

    assertThat(retrieve(id, "options", "sysAttrs").path("createdAt").asText()).isEqualTo(createdAt);
  }

  @Test
  @DisplayName("5.6.18.4 an unknown entity -> 404 ResourceNotFound, nothing created")
  void unknownEntityIsResourceNotFound() {
    String id = newId("Sensor");
    created(id);

    Response response =
        json(fixture("entities/replacement.json", "id", id)).put("/entities/{id}", id);

    assertProblem(response, 404, "ResourceNotFound");
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("5.6.18.4 an id in the payload that differs from the URL -> 400 BadRequestData")
  void mismatchingIdIsBadRequestData() {
    String id = create("entities/sensor.json", "Sensor");
    JsonNode before = retrieve(id);

    Response response =
        json(fixture("entities/replacement-other-id.json")).put("/entities/{id}", id);

    assertProblem(response, 400, "BadRequestData");
    assertThat(retrieve(id)).isEqualTo(before);
  }
}
