package org.civicbroker.conformance.entities.consumption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.7.1 Retrieve Entity and the @context (5.5.7, HTTP 6.3.5): names are expanded with the context
 * of the write and compacted with the context of the read. The user context (served by {@link
 * ContextServer} from {@code contexts/user-context.jsonld}) maps {@code temperature} and {@code
 * Thermometer} to {@code https://example.org/...} and has no {@code @vocab}, so other names keep
 * expanding to the core context's default vocabulary.
 */
@DisplayName("5.7.1 Retrieve Entity: @context compaction")
class RetrieveEntityContextTest extends NgsiLdTest {
  private String userContext;

  @BeforeEach
  void publishTheUserContext() {
    userContext = ContextServer.get().publish("contexts/user-context.jsonld");
  }

  @Test
  @DisplayName("6.3.5 written and read with the same Link context -> the short names")
  void sameContextGivesShortNames() {
    String id = createWithUserContext();

    JsonNode entity = retrieveWith(id, userContext);

    assertThat(entity.path("type").asText()).isEqualTo("Thermometer");
    assertThat(entity.path("temperature").path("value").asInt()).isEqualTo(18);
    assertThat(entity.path("humidity").path("value").asInt()).isEqualTo(60);
  }

  @Test
  @DisplayName("5.5.7 read without Link -> user terms as full IRIs, default-vocab names as terms")
  void coreContextOnlyGivesExpandedUserNames() {
    String id = createWithUserContext();

    JsonNode entity = retrieveWith(id, null);

    assertThat(entity.path("type").asText()).isEqualTo("https://example.org/Thermometer");
    assertThat(entity.has("https://example.org/temperature"))
        .as("keys %s", Json.keys(entity))
        .isTrue();
    assertThat(entity.has("temperature")).isFalse();
    assertThat(entity.path("humidity").path("value").asInt())
        .as("humidity expanded with the core @vocab compacts back to the bare term")
        .isEqualTo(60);
  }

  @Test
  @DisplayName("5.5.7 written without Link, read with a context redefining the term -> compact IRI")
  void redefinedTermDoesNotCaptureTheDefaultVocabName() {
    String id = newId("Thermometer");
    created(id);
    json(fixture("entities/user-context-thermometer.json", "id", id))
        .post("/entities")
        .then()
        .statusCode(201);

    JsonNode entity = retrieveWith(id, userContext);

    assertThat(entity.has("temperature"))
        .as("'temperature' now means https://example.org/temperature; keys %s", Json.keys(entity))
        .isFalse();
    assertThat(entity.has("ngsi-ld:default-context/temperature"))
        .as("keys %s", Json.keys(entity))
        .isTrue();
  }

  private String createWithUserContext() {
    String id = newId("Thermometer");
    created(id);
    Response response =
        json(fixture("entities/user-context-thermometer.json", "id", id), userContext)
            .post("/entities");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    return id;
  }

  private static JsonNode retrieveWith(String id, String contextUrl) {
    var spec = given().accept(JSON);
    if (contextUrl != null) {
      spec.header("Link", link(contextUrl));
    }
    Response response = spec.get("/entities/{id}", id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return Json.parse(response);
  }
}
