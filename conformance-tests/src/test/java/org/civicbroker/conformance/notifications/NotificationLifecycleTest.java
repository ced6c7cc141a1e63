package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.2.12 when a subscription notifies at all: {@code isActive} (paused and resumed), {@code
 * expiresAt}, {@code throttling}, and deletion (5.8.5). Where nothing may arrive, a second,
 * unconstrained subscription to the same receiver is the sentinel: its notification of the same
 * change arrives, the constrained one's does not.
 */
@DisplayName("5.2.12 isActive, expiresAt, throttling and deletion")
class NotificationLifecycleTest extends NotificationTest {

  /** Notifications that arrived at {@code path}. */
  private static List<JsonNode> at(NotificationReceiver receiver, String path) {
    return receiver.requests().stream()
        .filter(r -> r.path().equals(path))
        .map(NotificationReceiver.Received::json)
        .toList();
  }

  @Test
  @DisplayName("5.2.12 isActive false: paused, nothing is sent; after isActive true it notifies")
  void pausedThenResumed() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    ObjectNode paused = subscription("watching-air-quality.json", receiver.url("/notify"));
    paused.put("isActive", false);
    String id = subscribe(paused);

    setAirQuality(entity, 5);
    patchSubscription(id, "{\"isActive\": true}");
    setAirQuality(entity, 6);

    JsonNode body = await(receiver, 1).get(0);
    assertThat(receiver.count()).isEqualTo(1);
    assertThat(onlyEntity(body).path("airQualityLevel").path("value").asInt()).isEqualTo(6);
    assertThat(retrieveSubscription(id).path("status").asText()).isEqualTo("active");
  }

  @Test
  @DisplayName("5.2.12 isActive false set by an update stops the notifications")
  void pausedByUpdate() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    String id = subscribe(subscription("watching-air-quality.json", receiver.url("/paused")));
    subscribe(subscription("watching-air-quality.json", receiver.url("/sentinel")));

    patchSubscription(id, "{\"isActive\": false}");
    setAirQuality(entity, 5);

    await(receiver, 1);
    assertThat(at(receiver, "/sentinel")).hasSize(1);
    assertThat(at(receiver, "/paused")).isEmpty();
    assertThat(retrieveSubscription(id).path("status").asText()).isEqualTo("paused");
  }

  @Test
  @DisplayName("5.2.12 expiresAt: once passed, status expired and nothing is sent")
  void expired() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    ObjectNode expiring = subscription("watching-air-quality.json", receiver.url("/expiring"));
    expiring.put(
        "expiresAt", Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).toString());
    String id = subscribe(expiring);
    subscribe(subscription("watching-air-quality.json", receiver.url("/sentinel")));

    eventually().until(() -> retrieveSubscription(id).path("status").asText().equals("expired"));
    setAirQuality(entity, 5);

    await(receiver, 1);
    assertThat(at(receiver, "/sentinel")).hasSize(1);
    assertThat(at(receiver, "/expiring")).isEmpty();
  }

  @Test
  @DisplayName("5.8.5 a deleted subscription sends nothing more")
  void deleted() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    String id = subscribe(subscription("watching-air-quality.json", receiver.url("/deleted")));
    subscribe(subscription("watching-air-quality.json", receiver.url("/sentinel")));

    request().delete(SUBSCRIPTIONS + "/{id}", id).then().statusCode(204);
    setAirQuality(entity, 5);

    await(receiver, 1);
    assertThat(at(receiver, "/sentinel")).hasSize(1);
    assertThat(at(receiver, "/deleted")).isEmpty();
  }

  @Test
  @DisplayName("5.2.12 throttling: a burst of changes within the period notifies once")
  void throttlingSendsOneNotificationPerPeriod() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    ObjectNode throttled = subscription("watching-air-quality.json", receiver.url("/throttled"));
    throttled.put("throttling", 3600);
    String id = subscribe(throttled);
    subscribe(subscription("watching-air-quality.json", receiver.url("/sentinel")));

    for (int value = 5; value < 10; value++) {
      setAirQuality(entity, value);
    }

    eventually().until(() -> at(receiver, "/sentinel").size() == 5);
    assertThat(at(receiver, "/throttled")).hasSize(1);
    assertThat(
            onlyEntity(at(receiver, "/throttled").get(0))
                .path("airQualityLevel")
                .path("value")
                .asInt())
        .isEqualTo(5);
    eventually()
        .untilAsserted(
            () ->
                assertThat(retrieveSubscription(id).path("notification").path("timesSent").asInt())
                    .isEqualTo(1));
  }

  @Test
  @DisplayName("5.2.12 throttling: after the period has elapsed, a change notifies again")
  void throttlingAllowsTheNextPeriod() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    ObjectNode throttled = subscription("watching-air-quality.json", receiver.url("/throttled"));
    throttled.put("throttling", 1);
    subscribe(throttled);
    int[] value = {5};

    eventually()
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              setAirQuality(entity, value[0]++);
              return receiver.count() >= 2;
            });

    List<JsonNode> bodies = receiver.bodies();
    Instant first = Instant.parse(bodies.get(0).path("notifiedAt").asText());
    Instant second = Instant.parse(bodies.get(1).path("notifiedAt").asText());
    assertThat(Duration.between(first, second).abs()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }
}
