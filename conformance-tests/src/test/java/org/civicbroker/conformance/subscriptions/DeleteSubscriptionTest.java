package org.civicbroker.conformance.subscriptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 5.8.5 Delete Subscription (HTTP binding: DELETE /subscriptions/{id}, clause 6.11.3.3). */
@DisplayName("5.8.5 Delete Subscription")
class DeleteSubscriptionTest extends SubscriptionTest {

  @Test
  @DisplayName("5.8.5 204, after which the subscription is gone")
  void deletedSubscriptionIsGone() {
    String id = createSubscription("minimal.json");

    Response response = given().delete(SUBSCRIPTIONS + "/{id}", id);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.asString()).isEmpty();
    assertSubscriptionAbsent(id);
  }

  @Test
  @DisplayName("5.8.5.4 an unknown subscription is ResourceNotFound (404)")
  void unknownSubscriptionIs404() {
    String id = createSubscription("minimal.json");
    given().delete(SUBSCRIPTIONS + "/{id}", id).then().statusCode(204);

    assertProblem(given().delete(SUBSCRIPTIONS + "/{id}", id), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("5.8.5.4 an id that is not a URI is BadRequestData (400)")
  void invalidIdIs400() {
    assertProblem(given().delete(SUBSCRIPTIONS + "/{id}", "invalidId"), 400, "BadRequestData");
  }

  @Test
  @DisplayName("5.8.5 a deleted subscription's id can be used again")
  void theIdCanBeReused() {
    String id = createSubscription("minimal.json");
    given().delete(SUBSCRIPTIONS + "/{id}", id).then().statusCode(204);

    Response again = json(subscriptionFixture("minimal.json", id)).post(SUBSCRIPTIONS);

    assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
  }
}
