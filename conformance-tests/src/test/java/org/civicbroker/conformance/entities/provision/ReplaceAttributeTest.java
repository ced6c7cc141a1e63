package org.civicbroker.conformance.entities.provision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.6.19 Replace Attribute (HTTP binding 6.7.3.3, PUT /entities/{entityId}/attrs/{attrId}). */
@DisplayName("5.6.19 Replace Attribute")
class ReplaceAttributeTest extends NgsiLdTest {

  @Test
  @DisplayName("6.7.3.3 204; the attribute is exactly the new one (unitCode gone)")
  void replaceSwapsTheWholeAttribute() {
    String id = create("entities/sensor.json", "Sensor");

    Response response = put(id, "temperature", "fragments/property-99.json");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode temperature = retrieve(id).path("temperature");
    assertThat(temperature.path("value").asInt()).isEqualTo(99);
    assertThat(temperature.has("unitCode")).as("unitCode in %s", temperature).isFalse();
    assertThat(retrieve(id).path("name").path("value").asText()).isEqualTo("North gate");
  }

  @Test
  @DisplayName("5.6.19.4 the attribute type may change (Property -> Relationship)")
  void replaceMayChangeTheAttributeType() {
    String id = create("entities/sensor.json", "Sensor");

    put(id, "name", "fragments/relationship-site-north.json").then().statusCode(204);

    JsonNode name = retrieve(id).path("name");
    assertThat(name.path("type").asText()).isEqualTo("Relationship");
    assertThat(name.path("object").asText()).isEqualTo("urn:ngsi-ld:Site:north");
    assertThat(name.has("value")).isFalse();
  }

  @Test
  @DisplayName("5.6.19.4 createdAt of the attribute is kept (options=sysAttrs)")
  void replaceKeepsTheAttributeCreatedAt() {
    String id = create("entities/sensor.json", "Sensor");
    String createdAt =
        retrieve(id, "options", "sysAttrs").path("temperature").path("createdAt").asText();
    assertThat(createdAt).isNotBlank();

    put(id, "temperature", "fragments/property-99.json").then().statusCode(204);

    assertThat(retrieve(id, "options", "sysAttrs").path("temperature").path("createdAt").asText())
        .isEqualTo(createdAt);
  }

  @Test
  @DisplayName("5.6.19.4 an attribute the entity does not have -> 404 ResourceNotFound, not added")
  void missingAttributeIsResourceNotFound() {
    String id = create("entities/sensor.json", "Sensor");

    assertProblem(put(id, "humidity", "fragments/property-99.json"), 404, "ResourceNotFound");
    assertThat(retrieve(id).has("humidity")).isFalse();
  }

  @Test
  @DisplayName("5.6.19.4 an unknown entity -> 404 ResourceNotFound")
  void unknownEntityIsResourceNotFound() {
    String id = newId("Sensor");
    created(id);

    assertProblem(put(id, "temperature", "fragments/property-99.json"), 404, "ResourceNotFound");
    assertEntityAbsent(id);
  }

  private static Response put(String id, String attribute, String fixture) {
    return given()
        .contentType(JSON)
        .body(fixture(fixture))
        .put("/entities/{id}/attrs/{attr}", id, attribute);
  }
}
