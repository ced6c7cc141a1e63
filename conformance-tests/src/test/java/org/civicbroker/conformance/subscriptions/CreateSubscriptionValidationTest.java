package org.civicbroker.conformance.subscriptions;

import static org.civicbroker.conformance.Problems.assertProblem;

import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * 5.8.1 Create Subscription, error cases: a payload that violates the data types and restrictions
 * of clauses 5.2.12 (Subscription), 5.2.14 (NotificationParams), 5.2.15 (Endpoint) or 5.2.22
 * (KeyValuePair) is BadRequestData (5.8.1.4); a body that is not JSON is InvalidRequest. Nothing is
 * created. The cases are the table {@code subscriptions/invalid/cases.csv}.
 */
@DisplayName("5.8.1 Create Subscription: invalid payloads are rejected")
class CreateSubscriptionValidationTest extends SubscriptionTest {

  @ParameterizedTest(name = "{2} -> 400 {1}")
  @CsvFileSource(resources = "/subscriptions/invalid/cases.csv")
  @DisplayName("5.8.1.4 an invalid subscription is rejected with 400 and not created")
  void invalidSubscriptionIsRejected(String fixture, String problemType, String what) {
    String id = newSubscriptionId();
    subscriptionCreated(null, id);

    Response response = json(subscriptionFixture("invalid/" + fixture, id)).post(SUBSCRIPTIONS);

    assertProblem(response, 400, problemType);
    assertSubscriptionAbsent(id);
  }

  @Test
  @DisplayName("6.3.4 a body that is neither JSON nor JSON-LD is 415")
  void otherMediaTypesAre415() {
    String id = newSubscriptionId();
    subscriptionCreated(null, id);

    Response response =
        io.restassured.RestAssured.given()
            .contentType("text/plain")
            .body(subscriptionFixture("minimal.json", id))
            .post(SUBSCRIPTIONS);

    org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(415);
    assertSubscriptionAbsent(id);
  }

  @Test
  @DisplayName("6.3.5 application/ld+json without @context is BadRequestData")
  void jsonLdWithoutContextIsRejected() {
    String id = newSubscriptionId();
    subscriptionCreated(null, id);

    Response response = ldJson(subscriptionFixture("minimal.json", id)).post(SUBSCRIPTIONS);

    assertProblem(response, 400, "BadRequestData");
    assertSubscriptionAbsent(id);
  }
}
