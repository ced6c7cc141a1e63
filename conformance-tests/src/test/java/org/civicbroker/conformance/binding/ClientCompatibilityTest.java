package org.civicbroker.conformance.binding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What clients in the field rely on (SPEC.md, "Compatibility with clients in the field"; the
 * collection resources of Table 6.2-1 are written with a trailing slash, e.g. {@code /entities/}
 * and {@code /entities/{entityId}/attrs/}).
 */
@DisplayName("6.2 / SPEC.md compatibility with clients in the field")
class ClientCompatibilityTest extends NgsiLdTest {

  @Test
  @DisplayName("6.2 POST /entities/ (trailing slash) -> 201")
  void createOnCollectionPathWithTrailingSlash() {
    String id = newId("Sensor");
    created(id);

    Response response = json(fixture("entities/sensor.json", "id", id)).post("/entities/");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertThat(retrieve(id).path("id").asText()).isEqualTo(id);
  }

  @Test
  @DisplayName("6.2 PATCH /entities/{id}/attrs/ (trailing slash) -> 204")
  void updateOnAttrsPathWithTrailingSlash() {
    String id = create("entities/sensor.json", "Sensor");

    Response response =
        json(fixture("fragments/temperature-30-name-south.json"))
            .patch("/entities/{id}/attrs/", id);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    assertThat(retrieve(id).path("temperature").path("value").asInt()).isEqualTo(30);
  }

  @Test
  @DisplayName(
      "SPEC.md the last Location path segment is the id as is (no needless percent-encoding)")
  void locationEndsWithTheRawId() {
    String id = newId("Sensor");
    created(id);

    Response response = json(fixture("entities/sensor.json", "id", id)).post("/entities");

    String path = URI.create(response.header("Location")).getRawPath();
    assertThat(path.substring(path.lastIndexOf('/') + 1)).isEqualTo(id);
  }

  @Test
  @DisplayName("SPEC.md application/merge-patch+json on POST .../attrs is read as JSON -> 204")
  void mergePatchJsonOnAppend() {
    String id = create("entities/sensor.json", "Sensor");

    Response response =
        given()
            .contentType(MERGE_PATCH_JSON)
            .body(fixture("fragments/humidity-60.json"))
            .post("/entities/{id}/attrs", id);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    assertThat(retrieve(id).path("humidity").path("value").asInt()).isEqualTo(60);
  }

  @Test
  @DisplayName(
      "SPEC.md headers the broker does not implement (NGSILD-Path, fiware-servicepath) are ignored")
  void unknownHeadersAreIgnored() {
    String id = newId("Sensor");
    created(id);

    Response response =
        json(fixture("entities/sensor.json", "id", id))
            .header("NGSILD-Path", "/north")
            .header("fiware-servicepath", "/north")
            .post("/entities");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertThat(retrieve(id).path("id").asText()).isEqualTo(id);
  }
}
