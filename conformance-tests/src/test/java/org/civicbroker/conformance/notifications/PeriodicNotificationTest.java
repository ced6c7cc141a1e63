package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.2.12 {@code timeInterval}: a periodic subscription notifies every interval, whether or not
 * anything changed, with the matching entities as they are at that time.
 */
@DisplayName("5.2.12 Periodic notifications (timeInterval)")
class PeriodicNotificationTest extends NotificationTest {

  @Test
  @DisplayName("5.2.12 notifications arrive repeatedly, at least timeInterval apart")
  void notifiesRepeatedly() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    String id =
        subscribe(subscription("periodic.json", receiver.url("/periodic"), "entity", entity));

    List<JsonNode> bodies = await(receiver, 3);

    for (JsonNode body : bodies) {
      assertThat(body.path("subscriptionId").asText()).isEqualTo(id);
      JsonNode data = onlyEntity(body);
      assertThat(data.path("id").asText()).isEqualTo(entity);
      assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(4);
      assertThat(data.has("name")).as("notification.attributes applies").isFalse();
    }
    List<Instant> times =
        bodies.stream().map(b -> Instant.parse(b.path("notifiedAt").asText())).sorted().toList();
    for (int i = 1; i < times.size(); i++) {
      assertThat(Duration.between(times.get(i - 1), times.get(i)))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  @DisplayName("5.2.12 each periodic notification has the entity's current values")
  void carriesTheCurrentValues() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    subscribe(subscription("periodic.json", receiver.url("/periodic"), "entity", entity));
    await(receiver, 1);

    setAirQuality(entity, 8);

    eventually()
        .until(
            () ->
                receiver.bodies().stream()
                    .anyMatch(
                        b -> onlyEntity(b).path("airQualityLevel").path("value").asInt() == 8));
  }

  @Test
  @DisplayName("5.2.12 a paused periodic subscription sends nothing; resumed, it sends again")
  void pausedPeriodicSubscriptionStops() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    String id =
        subscribe(subscription("periodic.json", receiver.url("/periodic"), "entity", entity));
    await(receiver, 1);

    patchSubscription(id, "{\"isActive\": false}");
    setAirQuality(entity, 9);
    int beforeResume = receiver.count();
    patchSubscription(id, "{\"isActive\": true}");

    eventually().until(() -> receiver.bodies().stream().anyMatch(b -> airQuality(b) == 9));
    assertThat(receiver.bodies().subList(0, beforeResume))
        .as("notifications while paused")
        .noneMatch(b -> airQuality(b) == 9);
  }

  private static int airQuality(JsonNode notification) {
    return onlyEntity(notification).path("airQualityLevel").path("value").asInt();
  }
}
