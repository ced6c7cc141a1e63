package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.2.14 the read-only status members of a subscription's notification parameters, kept by the
 * broker (behaviour of clause 5.8.6): {@code timesSent}, {@code timesFailed}, {@code
 * lastNotification}, {@code lastSuccess}, {@code lastFailure} and {@code status} ok / failed.
 */
@DisplayName("5.2.14 Notification status (timesSent, lastSuccess, lastFailure, status)")
class NotificationStatusTest extends NotificationTest {

  private JsonNode notificationStatus(String id) {
    return retrieveSubscription(id).path("notification");
  }

  @Test
  @DisplayName("5.8.6 after a successful notification: timesSent 1, lastSuccess, status ok")
  void afterASuccess() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    String id = subscribe(subscription("watching-air-quality.json", receiver.url("/ok")));
    setAirQuality(entity, 5);
    JsonNode body = await(receiver, 1).get(0);

    eventually().until(() -> notificationStatus(id).path("status").asText().equals("ok"));

    JsonNode status = notificationStatus(id);
    assertThat(status.path("timesSent").asInt()).isEqualTo(1);
    assertThat(status.path("timesFailed").asInt(0)).isZero();
    assertThat(status.path("lastNotification").asText()).matches(DATE_TIME);
    assertThat(status.path("lastSuccess").asText()).matches(DATE_TIME);
    assertThat(Instant.parse(status.path("lastNotification").asText()))
        .isAfterOrEqualTo(Instant.parse(body.path("notifiedAt").asText()));
    assertThat(Instant.parse(status.path("lastSuccess").asText()))
        .isAfterOrEqualTo(Instant.parse(body.path("notifiedAt").asText()));
    assertThat(status.has("lastFailure")).isFalse();
    assertThat(retrieveSubscription(id).path("status").asText()).isEqualTo("active");
  }

  @Test
  @DisplayName("5.8.6 an endpoint answering 500: timesFailed, lastFailure, status failed")
  void afterAFailure() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    receiver.respondWith(500);
    String id = subscribe(subscription("watching-air-quality.json", receiver.url("/failing")));
    setAirQuality(entity, 5);
    await(receiver, 1);

    eventually().until(() -> notificationStatus(id).path("status").asText().equals("failed"));

    JsonNode status = notificationStatus(id);
    assertThat(status.path("timesFailed").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(status.path("timesSent").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(status.path("lastFailure").asText()).matches(DATE_TIME);
    assertThat(status.has("lastSuccess")).isFalse();
  }

  @Test
  @DisplayName("5.8.6 once the endpoint answers again, status is ok and lastSuccess follows")
  void recovery() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    receiver.respondWith(500);
    String id = subscribe(subscription("watching-air-quality.json", receiver.url("/flaky")));
    setAirQuality(entity, 5);
    eventually().until(() -> notificationStatus(id).path("status").asText().equals("failed"));

    receiver.respondWith(204);
    setAirQuality(entity, 6);

    eventually().until(() -> notificationStatus(id).path("status").asText().equals("ok"));
    JsonNode status = notificationStatus(id);
    assertThat(Instant.parse(status.path("lastSuccess").asText()))
        .isAfter(Instant.parse(status.path("lastFailure").asText()));
    assertThat(status.path("timesFailed").asInt()).isGreaterThanOrEqualTo(1);
  }
}
