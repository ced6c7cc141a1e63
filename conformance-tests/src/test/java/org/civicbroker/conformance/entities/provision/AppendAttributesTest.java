package org.civicbroker.conformance.entities.provision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;
import static org.civicbroker.conformance.UpdateResults.assertUpdateResult;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.List;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.3 Append Entity Attributes (HTTP binding 6.6.3.1, POST /entities/{entityId}/attrs): 204 when
 * everything was appended; with {@code options=noOverwrite} existing attributes are left alone and
 * reported in a 207 UpdateResult (5.2.18).
 */
@DisplayName("5.6.3 Append Entity Attributes")
class AppendAttributesTest extends NgsiLdTest {

  @Test
  @DisplayName("6.6.3.1 204; new attributes added, existing ones overwritten")
  void appendAddsAndOverwrites() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = append(id, "fragments/temperature-30-humidity-60.json", null);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode entity = retrieve(id);
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(60);
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(30);
    assertThat(entity.path("name").path("value").asText()).isEqualTo("North gate");
  }

  @Test
  @DisplayName(
      "5.6.3.4 noOverwrite -> 207 UpdateResult: updated [humidity], notUpdated [temperature]")
  void noOverwriteReportsTheExistingAttribute() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = append(id, "fragments/temperature-30-humidity-60.json", "noOverwrite");

    assertUpdateResult(response, List.of("humidity"), List.of("temperature"));
    JsonNode entity = retrieve(id);
    assertThat(entity.path("temperature").path("value").asDouble()).isEqualTo(21.5);
    assertThat(entity.path("temperature").path("unitCode").asText()).isEqualTo("CEL");
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(60);
  }

  @Test
  @DisplayName("5.6.3.4 noOverwrite with only new attributes -> 204")
  void noOverwriteWithOnlyNewAttributesIs204() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = append(id, "fragments/humidity-60.json", "noOverwrite");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    assertThat(retrieve(id).path("humidity").path("value").asInt()).isEqualTo(60);
  }

  @Test
  @DisplayName("4.5.5 an instance with a new datasetId is added next to the existing instances")
  void appendAddsAnInstanceWithANewDatasetId() {
    String id = create("entities/multi-instance.json", "Sensor");

    Response response = append(id, "fragments/calibrated-temperature-instance.json", null);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(Json.instances(temperature)).hasSize(3);
    assertThat(Json.instance(temperature, null).path("value").asInt()).isEqualTo(20);
    assertThat(Json.instance(temperature, "urn:ngsi-ld:Dataset:raw").path("value").asDouble())
        .isEqualTo(19.5);
    assertThat(Json.instance(temperature, "urn:ngsi-ld:Dataset:calibrated").path("value").asInt())
        .isEqualTo(18);
  }

  @Test
  @DisplayName("5.6.3.4 an unknown entity -> 404 ResourceNotFound")
  void unknownEntityIsResourceNotFound() {
    String id = newId("Sensor");
    created(id);

    assertProblem(append(id, "fragments/humidity-60.json", null), 404, "ResourceNotFound");
    assertEntityAbsent(id);
  }

  @Test
  @DisplayName("5.6.3.4 an entity id that is not a URI -> 400 BadRequestData")
  void invalidEntityIdIsBadRequestData() {
    assertProblem(append("not-a-uri", "fragments/humidity-60.json", null), 400, "BadRequestData");
  }

  private static Response append(String id, String fixture, String options) {
    var spec = given().contentType(JSON).body(fixture(fixture));
    if (options != null) {
      spec.queryParam("options", options);
    }
    return spec.post("/entities/{id}/attrs", id);
  }
}
