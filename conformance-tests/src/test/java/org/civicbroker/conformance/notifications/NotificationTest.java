package org.civicbroker.conformance.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.civicbroker.conformance.ContextServer;
import org.civicbroker.conformance.Fixtures;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the notification tests (clauses 5.2.12-5.2.15, 5.3.1, 5.8.6, 7.2): a fresh entity type
 * per test (so no other entity ever matches its subscriptions), subscriptions from fixtures under
 * {@code notifications/subscriptions/} with {@code ${id}}, {@code ${type}} and {@code ${uri}}
 * filled, entities and fragments under {@code notifications/}, receivers closed and subscriptions
 * deleted after each test.
 *
 * <p>"No notification" is never asserted by waiting: the test makes a change that must not notify,
 * then one that must (a sentinel), and asserts that the sentinel's notification is the only one.
 */
abstract class NotificationTest extends NgsiLdTest {
  /** Generous: a broker notifies within milliseconds; this only bounds a failing test. */
  static final Duration ARRIVAL = Duration.ofSeconds(20);

  static final String SUBSCRIPTIONS = "/subscriptions";

  /** An NGSI-LD DateTime in UTC (clause 4.6.3), with or without a fraction of a second. */
  static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

  private final List<String> subscriptions = new ArrayList<>();

  /** The context Link of this test's entity writes; null: core context only. */
  String entityContext;

  /** The tenant of this test's requests ({@code NGSILD-Tenant}); null: the default tenant. */
  String tenant;

  private final List<AutoCloseable> resources = new ArrayList<>();

  /** The entity type of this test: letters and digits only, unique per test. */
  final String type =
      "NotifBuilding" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  @AfterEach
  void deleteSubscriptionsAndCloseReceivers() throws Exception {
    for (String id : subscriptions) {
      request().delete(SUBSCRIPTIONS + "/{id}", id);
    }
    subscriptions.clear();
    for (AutoCloseable resource : resources) {
      resource.close();
    }
    resources.clear();
  }

  /**
   * A request to the broker under test, in {@link #tenant} (subclasses with a broker of their own
   * override it).
   */
  RequestSpecification request() {
    return tenant == null ? given() : given().header(TENANT_HEADER, tenant);
  }

  /** Closes the resource after the test. */
  <T extends AutoCloseable> T closeLater(T resource) {
    resources.add(resource);
    return resource;
  }

  /** A receiver on a free port, closed after the test. */
  NotificationReceiver receiver() {
    return closeLater(NotificationReceiver.start());
  }

  /**
   * The subscription fixture {@code notifications/subscriptions/<name>} with a fresh {@code ${id}},
   * this test's {@code ${type}}, {@code ${uri}} = {@code endpoint} and the given placeholders
   * (which may replace the first two).
   */
  ObjectNode subscription(String name, String endpoint, String... keyValues) {
    Map<String, String> values = new HashMap<>();
    values.put("id", "urn:ngsi-ld:Subscription:" + UUID.randomUUID());
    values.put("type", type);
    values.put("uri", endpoint);
    values.putAll(pairs(keyValues));
    return Json.fixture("notifications/subscriptions/" + name, values);
  }

  /**
   * Creates the subscription: as {@code application/ld+json} when it has an {@code @context}, else
   * as {@code application/json} with the given context Link (null: none); asserts 201.
   */
  String subscribe(ObjectNode subscription, String linkContext) {
    String id = subscription.path("id").asText();
    subscriptions.add(id);
    RequestSpecification spec = request().body(subscription.toString());
    if (subscription.has("@context")) {
      spec.contentType(LD_JSON);
    } else {
      spec.contentType(JSON);
      if (linkContext != null) {
        spec.header("Link", link(linkContext));
      }
    }
    Response response = spec.post(SUBSCRIPTIONS);
    assertThat(response.statusCode())
        .as("create %s: %s", subscription, response.asString())
        .isEqualTo(201);
    return id;
  }

  String subscribe(ObjectNode subscription) {
    return subscribe(subscription, null);
  }

  /** PATCH /subscriptions/{id} with a JSON fragment; asserts 204. */
  void patchSubscription(String id, String fragmentJson) {
    Response response =
        request().contentType(JSON).body(fragmentJson).patch(SUBSCRIPTIONS + "/{id}", id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
  }

  /** GET /subscriptions/{id} as JSON; asserts 200. */
  JsonNode retrieveSubscription(String id) {
    Response response = request().accept(JSON).get(SUBSCRIPTIONS + "/{id}", id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return Json.parse(response);
  }

  /**
   * Creates {@code notifications/entities/<name>} with a fresh id and the given type, with {@link
   * #entityContext}.
   */
  String createEntity(String name, String entityType) {
    String id = newId(entityType);
    String body =
        Fixtures.text("notifications/entities/" + name, Map.of("id", id, "type", entityType));
    Response response = entityRequest().body(body).post("/entities");
    assertThat(response.statusCode()).as("create %s: %s", name, response.asString()).isEqualTo(201);
    created(tenant, id);
    return id;
  }

  /** Creates an entity of this test's type. */
  String createEntity(String name) {
    return createEntity(name, type);
  }

  /** A JSON request with the {@link #entityContext} Link, if any. */
  RequestSpecification entityRequest() {
    RequestSpecification spec = request().contentType(JSON);
    return entityContext == null ? spec : spec.header("Link", link(entityContext));
  }

  /** PATCH /entities/{id}/attrs (update existing attributes) with a fragment; asserts 204. */
  void updateAttrs(String id, String fragment, String... keyValues) {
    Response response =
        entityRequest()
            .body(Fixtures.text("notifications/fragments/" + fragment, pairs(keyValues)))
            .patch("/entities/{id}/attrs", id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
  }

  /** Sets airQualityLevel to {@code value} (an update of an existing attribute). */
  void setAirQuality(String id, int value) {
    updateAttrs(id, "air-quality.json", "value", Integer.toString(value));
  }

  /** POST /entities/{id}/attrs (append attributes) with a fragment; asserts 204. */
  void appendAttrs(String id, String fragment) {
    Response response =
        entityRequest()
            .body(Fixtures.text("notifications/fragments/" + fragment))
            .post("/entities/{id}/attrs", id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
  }

  /** DELETE /entities/{id}/attrs/{attr}; asserts 204. */
  void deleteAttr(String id, String attribute) {
    RequestSpecification spec = request();
    if (entityContext != null) {
      spec.header("Link", link(entityContext));
    }
    Response response = spec.delete("/entities/{id}/attrs/{attr}", id, attribute);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
  }

  /** DELETE /entities/{id}; asserts 204. */
  void deleteEntity(String id) {
    Response response = request().delete("/entities/{id}", id);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
  }

  /** A published copy of {@code notifications/contexts/building.jsonld} for this test's type. */
  String buildingContext() {
    return ContextServer.get()
        .publish("notifications/contexts/building.jsonld", Map.of("type", type));
  }

  /** Waits for {@code count} notifications and returns all bodies received. */
  static List<JsonNode> await(NotificationReceiver receiver, int count) {
    return receiver.awaitRequests(count, ARRIVAL).stream()
        .map(NotificationReceiver.Received::json)
        .toList();
  }

  /** Awaits a condition, polling briefly (for state a broker updates after a delivery). */
  static ConditionFactory eventually() {
    return Awaitility.await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(50));
  }

  /** The only entity of a notification's {@code data}. */
  static JsonNode onlyEntity(JsonNode notification) {
    assertThat(notification.path("data").size()).as("data of %s", notification).isEqualTo(1);
    return notification.path("data").path(0);
  }

  static Map<String, String> pairs(String... keyValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return values;
  }
}
