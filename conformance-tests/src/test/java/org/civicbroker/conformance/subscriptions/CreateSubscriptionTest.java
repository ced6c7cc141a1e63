package org.civicbroker.conformance.subscriptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.Iterator;
import java.util.Map;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.8.1 Create Subscription (HTTP binding: POST /subscriptions, clause 6.10.3.1). */
@DisplayName("5.8.1 Create Subscription")
class CreateSubscriptionTest extends SubscriptionTest {

  @Test
  @DisplayName("5.8.1 201 with the subscription's URI in Location; it can then be retrieved")
  void createdSubscriptionIsRetrievable() {
    String id = newSubscriptionId();
    subscriptionCreated(null, id);

    Response response = json(subscriptionFixture("minimal.json", id)).post(SUBSCRIPTIONS);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertThat(response.header("Location")).endsWith(SUBSCRIPTIONS + "/" + id);
    JsonNode body = retrieveSubscription(id);
    assertThat(body.path("id").asText()).isEqualTo(id);
    assertThat(body.path("type").asText()).isEqualTo("Subscription");
    assertThat(body.path("notification").path("endpoint").path("uri").asText())
        .isEqualTo("http://127.0.0.1:9/notify");
  }

  @Test
  @DisplayName("5.8.1.4 without an id, a URI is generated and returned in Location")
  void anIdIsGeneratedWhenAbsent() {
    Response response = json(fixture("subscriptions/without-id.json")).post(SUBSCRIPTIONS);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    String location = response.header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    subscriptionCreated(null, id);
    assertThat(id).startsWith("urn:");
    assertThat(retrieveSubscription(id).path("id").asText()).isEqualTo(id);
  }

  @Test
  @DisplayName("5.8.1.4 an id that is already taken is AlreadyExists (409)")
  void aTakenIdIsAlreadyExists() {
    String id = createSubscription("minimal.json");

    Response response = json(subscriptionFixture("minimal.json", id)).post(SUBSCRIPTIONS);

    assertProblem(response, 409, "AlreadyExists");
  }

  @Test
  @DisplayName("5.8.1.4 a new subscription is active; with isActive false it is paused")
  void initialStatusFollowsIsActive() {
    String active = createSubscription("minimal.json");
    String paused = createSubscription("inactive.json");

    assertThat(retrieveSubscription(active).path("status").asText()).isEqualTo("active");
    JsonNode body = retrieveSubscription(paused);
    assertThat(body.path("status").asText()).isEqualTo("paused");
    assertThat(body.path("isActive").asBoolean(true)).isFalse();
  }

  @Test
  @DisplayName("5.2.12 read-only members given by the client are ignored")
  void readOnlyMembersAreIgnored() {
    String id = createSubscription("read-only-members.json");

    JsonNode body = retrieveSubscription(id);

    assertThat(body.path("status").asText()).isEqualTo("active");
    JsonNode notification = body.path("notification");
    assertThat(notification.path("timesSent").asInt(0)).isNotEqualTo(42);
    assertThat(notification.path("timesFailed").asInt(0)).isNotEqualTo(7);
    assertThat(notification.has("lastSuccess")).isFalse();
  }

  @Test
  @DisplayName("5.2.12 every member given at creation is returned as given (same @context)")
  void everyMemberRoundTrips() {
    String context = ContextServer.get().publish("subscriptions/context.jsonld");
    String id = newSubscriptionId();
    subscriptionCreated(null, id);
    String payload = subscriptionFixture("full.jsonld", id, "context", context);

    Response created = ldJson(payload).post(SUBSCRIPTIONS);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    Response read =
        given().accept(JSON).header("Link", link(context)).get(SUBSCRIPTIONS + "/{id}", id);

    assertThat(read.statusCode()).isEqualTo(200);
    ObjectNode expected = (ObjectNode) Json.parse(payload);
    expected.remove("@context");
    assertContainsMembers(Json.parse(read), expected, "");
  }

  @Test
  @DisplayName("5.2.12 a periodic subscription (timeInterval) is returned as given")
  void periodicSubscriptionRoundTrips() {
    String id = createSubscription("periodic.json");

    JsonNode body = retrieveSubscription(id);

    assertContainsMembers(body, Json.parse(subscriptionFixture("periodic.json", id)), "");
  }

  @Test
  @DisplayName("5.2.15 MQTT endpoints with notifierInfo are accepted; watchedAttributes alone")
  void mqttEndpointAndWatchedAttributesOnly() {
    String id = createSubscription("watched-mqtt.json");

    JsonNode body = retrieveSubscription(id);

    assertThat(body.path("notification").path("endpoint").path("uri").asText())
        .isEqualTo("mqtt://127.0.0.1:1883/conformance/humidity");
    assertThat(body.has("entities")).isFalse();
  }

  @Test
  @DisplayName("6.2 POST /subscriptions/ (trailing slash) -> 201")
  void trailingSlashIsAccepted() {
    String id = newSubscriptionId();
    subscriptionCreated(null, id);

    Response response = json(subscriptionFixture("minimal.json", id)).post(SUBSCRIPTIONS + "/");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
  }

  @Test
  @DisplayName("5.2.12 a jsonldContext that cannot be retrieved is LdContextNotAvailable (503)")
  void unavailableJsonldContextIs503() {
    String id = newSubscriptionId();
    subscriptionCreated(null, id);
    String payload =
        subscriptionFixture(
            "unavailable-jsonld-context.json", id, "missing", ContextServer.get().missing());

    Response response = json(payload).post(SUBSCRIPTIONS);

    assertProblem(response, 503, "LdContextNotAvailable");
    assertSubscriptionAbsent(id);
  }

  @Test
  @DisplayName("4.14 a subscription belongs to the tenant it was created in")
  void subscriptionsBelongToTheirTenant() {
    String tenant = newTenant();
    String id = newSubscriptionId();
    subscriptionCreated(tenant, id);

    Response response =
        json(subscriptionFixture("minimal.json", id))
            .header(TENANT_HEADER, tenant)
            .post(SUBSCRIPTIONS);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    assertThat(given().header(TENANT_HEADER, tenant).get(SUBSCRIPTIONS + "/{id}", id).statusCode())
        .isEqualTo(200);
    assertSubscriptionAbsent(id);
  }

  /** Asserts that every member of {@code expected} is in {@code actual} with an equal value. */
  static void assertContainsMembers(JsonNode actual, JsonNode expected, String path) {
    Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String at = path + "/" + e.getKey();
      JsonNode value = actual.get(e.getKey());
      assertThat(value).as("member %s in %s", at, actual).isNotNull();
      if (e.getValue().isObject()) {
        assertContainsMembers(value, e.getValue(), at);
      } else if (e.getValue().isNumber()) {
        assertThat(value.decimalValue()).as(at).isEqualByComparingTo(e.getValue().decimalValue());
      } else {
        assertThat(value).as("member %s", at).isEqualTo(e.getValue());
      }
    }
  }
}
