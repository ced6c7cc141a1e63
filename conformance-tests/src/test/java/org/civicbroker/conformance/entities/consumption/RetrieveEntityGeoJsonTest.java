package org.civicbroker.conformance.entities.consumption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.civicbroker.conformance.Responses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.7.1 Retrieve Entity with {@code Accept: application/geo+json}: the GeoJSON representation of
 * clause 4.5.16, a Feature whose geometry is the {@code location} GeoProperty or the one named by
 * {@code geometryProperty}, and whose {@code properties} hold the entity type and attributes.
 */
@DisplayName("5.7.1 Retrieve Entity: GeoJSON representation")
class RetrieveEntityGeoJsonTest extends NgsiLdTest {

  @Test
  @DisplayName("4.5.16.2 a Feature: id, type Feature, geometry = location, properties with type")
  void featureWithTheLocationAsGeometry() {
    String id = create("entities/geo.json", "Sensor");

    JsonNode feature = geoJson(id, null);

    assertThat(feature.path("type").asText()).isEqualTo("Feature");
    assertThat(feature.path("id").asText()).isEqualTo(id);
    assertThat(feature.path("geometry"))
        .isEqualTo(Json.expected("expectations/point-13.4-52.5.json"));
    JsonNode properties = feature.path("properties");
    assertThat(properties.path("type").asText()).isEqualTo("Sensor");
    assertThat(properties.has("id")).as("no id in properties").isFalse();
    assertThat(properties.path("name").path("value").asText()).isEqualTo("North gate");
    assertThat(properties.has("area")).isTrue();
  }

  @Test
  @DisplayName("4.5.16.1 geometryProperty=area selects that GeoProperty as the geometry")
  void geometryPropertySelectsTheGeometry() {
    String id = create("entities/geo.json", "Sensor");

    JsonNode feature = geoJson(id, "area");

    assertThat(feature.path("geometry")).isEqualTo(Json.expected("expectations/polygon-area.json"));
  }

  @Test
  @DisplayName("4.5.16.1 an entity without the GeoProperty -> geometry null")
  void missingGeoPropertyGivesNullGeometry() {
    String id = create("entities/minimal.json", "Sensor");

    JsonNode feature = geoJson(id, null);

    assertThat(feature.has("geometry")).as("geometry member present").isTrue();
    assertThat(feature.get("geometry").isNull()).as("geometry in %s", feature).isTrue();
  }

  private static JsonNode geoJson(String id, String geometryProperty) {
    var spec = given().accept(GEO_JSON);
    if (geometryProperty != null) {
      spec.queryParam("geometryProperty", geometryProperty);
    }
    Response response = spec.get("/entities/{id}", id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(Responses.mediaType(response)).isEqualTo(GEO_JSON);
    return Json.parse(response);
  }
}
