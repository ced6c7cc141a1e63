package org.civicbroker.conformance.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.Responses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the discovery endpoints share with the rest of the API: tenants (4.14, 5.5.10), content
 * negotiation (6.3.6) and parameter checks (6.3.20).
 */
@DisplayName("5.7.5 - 5.7.10 discovery: tenants, media types, parameters")
class DiscoveryBindingTest extends DiscoveryTest {
  private static final String[] ENDPOINTS = {"/types", "/attributes"};

  @Test
  @DisplayName("4.14 types and attributes of a tenant are seen in that tenant only")
  void tenantsSeeTheirOwnTypesAndAttributes() {
    String tenant = newTenant();
    createEntity("machine.json", type, tenant, null);

    JsonNode types = tenantJson(tenant, "/types");
    JsonNode attributes = tenantJson(tenant, "/attributes");

    assertThat(texts(types.path("typeList"))).contains(type);
    assertThat(texts(attributes.path("attributeList"))).contains(stock, operator, label);
    assertThat(tenantJson(tenant, "/types/" + type).path("entityCount").asLong()).isEqualTo(1);
    assertThat(tenantJson(tenant, "/attributes/" + stock).path("attributeCount").asLong())
        .isEqualTo(1);
    assertThat(texts(getJson("/types", null).path("typeList"))).doesNotContain(type);
    assertThat(texts(getJson("/attributes", null).path("attributeList"))).doesNotContain(stock);
    assertProblem(get("/types/" + type, null), 404, "ResourceNotFound");
    assertProblem(get("/attributes/" + stock, null), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.5.2 a tenant that does not exist -> 404 NonexistentTenant on every endpoint")
  void unknownTenant() {
    String tenant = newTenant();

    for (String path :
        new String[] {
          "/types",
          "/types?details=true",
          "/types/" + type,
          "/attributes",
          "/attributes?details=true",
          "/attributes/" + stock
        }) {
      assertProblem(
          given().accept(JSON).header(TENANT_HEADER, tenant).get(path), 404, "NonexistentTenant");
    }
  }

  @Test
  @DisplayName("6.3.6 Accept: application/geo+json only -> 406")
  void geoJsonIsNotAcceptable() {
    for (String path : ENDPOINTS) {
      assertThat(given().accept(GEO_JSON).get(path).statusCode()).as(path).isEqualTo(406);
    }
  }

  @Test
  @DisplayName("6.3.6 no Accept header -> application/json")
  void noAcceptMeansJson() throws IOException, InterruptedException {
    for (String path : ENDPOINTS) {
      // java.net.http sends no Accept header unless told to
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(BrokerUnderTest.baseUrl() + "/ngsi-ld/v1" + path))
              .GET()
              .build();

      HttpResponse<String> response =
          httpClient().send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(Responses.mediaType(response.headers().firstValue("Content-Type").orElse(null)))
          .as(path)
          .isEqualTo(JSON);
    }
  }

  @Test
  @DisplayName("6.3.20 details on a single type or attribute -> 400 InvalidRequest")
  void detailsIsNotAParameterOfTheSingleResources() {
    createEntity("machine.json", type);

    assertProblem(get("/types/" + type + "?details=true", null), 400, "InvalidRequest");
    assertProblem(get("/attributes/" + stock + "?details=true", null), 400, "InvalidRequest");
  }

  @Test
  @DisplayName("6.3.20 details that is not a boolean -> 400")
  void detailsMustBeABoolean() {
    for (String path : ENDPOINTS) {
      assertProblem(get(path + "?details=yes", null), 400, "BadRequestData");
    }
  }

  private static JsonNode tenantJson(String tenant, String path) {
    var response = given().accept(JSON).header(TENANT_HEADER, tenant).get(path);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.asString()).isEqualTo(200);
    return Json.parse(response);
  }
}
