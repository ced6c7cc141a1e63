package org.civicbroker.conformance.subscriptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.8.2 Update Subscription (HTTP binding: PATCH /subscriptions/{id}, clause 6.11.3.2). */
@DisplayName("5.8.2 Update Subscription")
class UpdateSubscriptionTest extends SubscriptionTest {

  private static Response patch(String id, String fragment) {
    return json(fixture("subscriptions/fragments/" + fragment)).patch(SUBSCRIPTIONS + "/{id}", id);
  }

  @Test
  @DisplayName("5.8.2.4 the members of the fragment replace the subscription's (204)")
  void fragmentMembersReplaceTheSubscriptions() {
    String id = createSubscription("minimal.json");

    Response response = patch(id, "replace-notification.json");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    assertThat(response.asString()).isEmpty();
    JsonNode notification = retrieveSubscription(id).path("notification");
    assertThat(notification.path("format").asText()).isEqualTo("keyValues");
    assertThat(notification.path("endpoint").path("uri").asText())
        .isEqualTo("http://127.0.0.1:9/second");
  }

  @Test
  @DisplayName("5.8.2.4 isActive false pauses the subscription, isActive true resumes it")
  void isActivePausesAndResumes() {
    String id = createSubscription("minimal.json");

    patch(id, "pause.json").then().statusCode(204);
    assertThat(retrieveSubscription(id).path("status").asText()).isEqualTo("paused");
    patch(id, "resume.json").then().statusCode(204);

    assertThat(retrieveSubscription(id).path("status").asText()).isEqualTo("active");
  }

  @Test
  @DisplayName("5.8.2.4 names in the fragment are expanded with the request's @context")
  void fragmentNamesAreExpandedWithTheRequestContext() {
    String context = ContextServer.get().publish("subscriptions/context.jsonld");
    String id = createSubscription("minimal.json");

    Response response =
        json(fixture("subscriptions/fragments/room-entities.json"), context)
            .patch(SUBSCRIPTIONS + "/{id}", id);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    JsonNode body = retrieveSubscription(id);
    assertThat(body.path("entities").path(0).path("type").asText())
        .isEqualTo("https://example.org/conformance/Room");
    assertThat(body.path("watchedAttributes").path(0).asText())
        .isEqualTo("https://example.org/conformance/temperature");
  }

  @Test
  @DisplayName("5.8.2.4 a new expiresAt in the future is taken; q can be added and removed")
  void expiresAtAndQCanChange() {
    String id = createSubscription("minimal.json");

    patch(id, "expires-later.json").then().statusCode(204);
    patch(id, "add-q.json").then().statusCode(204);
    JsonNode withQ = retrieveSubscription(id);
    patch(id, "remove-q.json").then().statusCode(204);

    assertThat(withQ.path("expiresAt").asText()).isEqualTo("2098-06-30T12:00:00Z");
    assertThat(withQ.path("q").asText()).isEqualTo("temperature>30");
    assertThat(retrieveSubscription(id).has("q")).isFalse();
  }

  @Test
  @DisplayName("5.8.2.4 an expiresAt in the past is BadRequestData; nothing changes")
  void expiresAtInThePastIsRejected() {
    String id = createSubscription("minimal.json");

    assertProblem(patch(id, "expires-in-the-past.json"), 400, "BadRequestData");

    assertThat(retrieveSubscription(id).has("expiresAt")).isFalse();
  }

  @Test
  @DisplayName("5.8.2.4 removing a mandatory member (the endpoint) is BadRequestData")
  void removingTheEndpointIsRejected() {
    String id = createSubscription("minimal.json");

    assertProblem(patch(id, "null-endpoint.json"), 400, "BadRequestData");

    assertThat(retrieveSubscription(id).path("notification").path("endpoint").path("uri").asText())
        .isEqualTo("http://127.0.0.1:9/notify");
  }

  @Test
  @DisplayName("5.8.2.4 a fragment violating clause 5.2.12 is BadRequestData")
  void invalidFragmentsAreRejected() {
    String id = createSubscription("minimal.json");
    String periodic = createSubscription("periodic.json");

    assertProblem(patch(id, "negative-throttling.json"), 400, "BadRequestData");
    assertProblem(patch(id, "unknown-trigger.json"), 400, "BadRequestData");
    assertProblem(patch(periodic, "watched-on-periodic.json"), 400, "BadRequestData");
    assertThat(retrieveSubscription(periodic).has("watchedAttributes")).isFalse();
  }

  @Test
  @DisplayName("5.8.2.4 an unknown subscription is ResourceNotFound (404)")
  void unknownSubscriptionIs404() {
    assertProblem(patch(newSubscriptionId(), "pause.json"), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.8.2.4 an id that is not a URI is BadRequestData; no id is 405")
  void invalidOrMissingIdIsRejected() {
    assertProblem(patch("InvalidUri", "pause.json"), 400, "BadRequestData");

    Response collection = json(fixture("subscriptions/fragments/pause.json")).patch(SUBSCRIPTIONS);

    assertThat(collection.statusCode()).isEqualTo(405);
  }

  @Test
  @DisplayName("5.8.2 the update is visible in the list too")
  void updateIsVisibleInTheList() {
    String tenant = newTenant();
    String id = newSubscriptionId();
    subscriptionCreated(tenant, id);
    json(subscriptionFixture("minimal.json", id))
        .header(TENANT_HEADER, tenant)
        .post(SUBSCRIPTIONS)
        .then()
        .statusCode(201);

    json(fixture("subscriptions/fragments/pause.json"))
        .header(TENANT_HEADER, tenant)
        .patch(SUBSCRIPTIONS + "/{id}", id)
        .then()
        .statusCode(204);

    JsonNode list = Json.parse(given().header(TENANT_HEADER, tenant).get(SUBSCRIPTIONS));
    assertThat(list.get(0).path("status").asText()).isEqualTo("paused");
  }
}
