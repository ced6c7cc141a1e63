package org.civicbroker.conformance.subscriptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.Responses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.8.3 Retrieve Subscription (HTTP binding: GET /subscriptions/{id}, clause 6.11.3.1). */
@DisplayName("5.8.3 Retrieve Subscription")
class RetrieveSubscriptionTest extends SubscriptionTest {

  @Test
  @DisplayName("5.8.3.4 an unknown subscription is ResourceNotFound (404)")
  void unknownSubscriptionIs404() {
    Response response = given().get(SUBSCRIPTIONS + "/{id}", newSubscriptionId());

    assertProblem(response, 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.8.3.4 an id that is not a URI is BadRequestData (400)")
  void invalidIdIs400() {
    assertProblem(given().get(SUBSCRIPTIONS + "/{id}", "not-a-uri"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.8.3 names are compacted with the requester's @context (Link header)")
  void namesAreCompactedWithTheRequestersContext() {
    String context = ContextServer.get().publish("subscriptions/context.jsonld");
    String id = newSubscriptionId();
    subscriptionCreated(null, id);
    Response created =
        json(subscriptionFixture("with-link-context.json", id), context).post(SUBSCRIPTIONS);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

    JsonNode compact =
        Json.parse(
            given().accept(JSON).header("Link", link(context)).get(SUBSCRIPTIONS + "/{id}", id));
    JsonNode expanded = retrieveSubscription(id);

    assertThat(compact.path("entities").path(0).path("type").asText()).isEqualTo("Building");
    assertThat(compact.path("watchedAttributes").path(0).asText()).isEqualTo("temperature");
    assertThat(compact.path("notification").path("attributes").path(0).asText())
        .isEqualTo("temperature");
    assertThat(compact.path("q").asText()).isEqualTo("temperature>20");
    String ex = "https://example.org/conformance/";
    assertThat(expanded.path("entities").path(0).path("type").asText()).isEqualTo(ex + "Building");
    assertThat(expanded.path("watchedAttributes").path(0).asText()).isEqualTo(ex + "temperature");
    assertThat(expanded.path("notification").path("attributes").path(0).asText())
        .isEqualTo(ex + "temperature");
  }

  @Test
  @DisplayName("6.3.6 application/json: the @context is in a Link header, not in the body")
  void jsonHasTheContextInALinkHeader() {
    String id = createSubscription("minimal.json");

    Response response = given().accept(JSON).get(SUBSCRIPTIONS + "/{id}", id);

    assertThat(Responses.mediaType(response)).isEqualTo(JSON);
    assertThat(response.header("Link")).contains(CONTEXT_REL);
    assertThat(Json.parse(response).has("@context")).isFalse();
  }

  @Test
  @DisplayName("6.3.6 application/ld+json: the @context is in the body")
  void jsonLdHasTheContextInTheBody() {
    String id = createSubscription("minimal.json");

    Response response = given().accept(LD_JSON).get(SUBSCRIPTIONS + "/{id}", id);

    assertThat(Responses.mediaType(response)).isEqualTo(LD_JSON);
    assertThat(Json.parse(response).has("@context")).isTrue();
  }

  @Test
  @DisplayName("6.3.6 a media type the operation cannot produce is 406")
  void geoJsonIsNotAcceptable() {
    String id = createSubscription("minimal.json");

    Response response = given().accept(GEO_JSON).get(SUBSCRIPTIONS + "/{id}", id);

    assertThat(response.statusCode()).isEqualTo(406);
  }

  @Test
  @DisplayName("5.2.2 options=sysAttrs adds createdAt and modifiedAt")
  void sysAttrsAddsSystemTimes() {
    String id = createSubscription("minimal.json");

    JsonNode with =
        Json.parse(
            given()
                .accept(JSON)
                .queryParam("options", "sysAttrs")
                .get(SUBSCRIPTIONS + "/{id}", id));
    JsonNode without = retrieveSubscription(id);

    assertThat(with.path("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(with.path("modifiedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(without.has("createdAt")).isFalse();
  }

  @Test
  @DisplayName("4.14 an unknown tenant is NonexistentTenant (404)")
  void unknownTenantIs404() {
    Response response =
        given()
            .header(TENANT_HEADER, newTenant())
            .get(SUBSCRIPTIONS + "/{id}", newSubscriptionId());

    assertProblem(response, 404, "NonexistentTenant");
  }
}
