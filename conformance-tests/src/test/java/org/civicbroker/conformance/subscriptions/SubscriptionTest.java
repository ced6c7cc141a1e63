package org.civicbroker.conformance.subscriptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the subscription tests (clause 5.8): fresh subscription ids, creation from fixtures under
 * {@code subscriptions/}, and deletion of every subscription a test created.
 */
abstract class SubscriptionTest extends NgsiLdTest {
  static final String SUBSCRIPTIONS = "/subscriptions";

  private final List<String[]> createdSubscriptions = new ArrayList<>();

  @AfterEach
  void deleteSubscriptionsTheTestCreated() {
    for (String[] c : createdSubscriptions) {
      RequestSpecification spec = given();
      if (c[0] != null) {
        spec.header(TENANT_HEADER, c[0]);
      }
      spec.delete(SUBSCRIPTIONS + "/{id}", c[1]);
    }
    createdSubscriptions.clear();
  }

  /** A fresh subscription id. */
  static String newSubscriptionId() {
    return "urn:ngsi-ld:Subscription:" + UUID.randomUUID();
  }

  /** Registers a subscription for deletion after the test. */
  void subscriptionCreated(String tenant, String id) {
    createdSubscriptions.add(new String[] {tenant, id});
  }

  /**
   * Posts {@code subscriptions/<fixture>} as {@code application/json} (core context) with a fresh
   * id and the given extra placeholders; asserts 201 and returns the id.
   */
  String createSubscription(String fixture, String... keyValues) {
    String id = newSubscriptionId();
    subscriptionCreated(null, id);
    Response response = json(subscriptionFixture(fixture, id, keyValues)).post(SUBSCRIPTIONS);
    assertThat(response.statusCode())
        .as("create %s: %s", fixture, response.asString())
        .isEqualTo(201);
    return id;
  }

  /** The fixture text with {@code ${id}} and the given placeholders filled. */
  static String subscriptionFixture(String fixture, String id, String... keyValues) {
    String[] all = new String[keyValues.length + 2];
    all[0] = "id";
    all[1] = id;
    System.arraycopy(keyValues, 0, all, 2, keyValues.length);
    return fixture("subscriptions/" + fixture, all);
  }

  /** GET /subscriptions/{id} as {@code application/json}; asserts 200 and returns the body. */
  static JsonNode retrieveSubscription(String id) {
    Response response = given().accept(JSON).get(SUBSCRIPTIONS + "/{id}", id);
    assertThat(response.statusCode()).as("retrieve %s: %s", id, response.asString()).isEqualTo(200);
    return Json.parse(response);
  }

  /** Asserts that GET /subscriptions/{id} answers 404. */
  static void assertSubscriptionAbsent(String id) {
    Response response = given().accept(JSON).get(SUBSCRIPTIONS + "/{id}", id);
    assertThat(response.statusCode()).as("GET %s: %s", id, response.asString()).isEqualTo(404);
  }
}
