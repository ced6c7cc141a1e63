package org.civicbroker.conformance.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.civicbroker.conformance.BrokerProcess;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, notifications that never get lost: every notification is delivered at least once, also
 * when the endpoint fails for a while and when the broker crashes with deliveries pending. Only
 * against the packaged jar: each test starts a broker of its own (fast retries through environment
 * variables, see {@code NotificationConfig}), and one kills it.
 */
@DisplayName("At-least-once delivery: retries and crash recovery")
class AtLeastOnceDeliveryTest extends NotificationTest {
  private static final int CHANGES = 5;

  @TempDir Path data;
  private BrokerProcess broker;

  @BeforeEach
  void onlyWithThePackagedBroker() {
    assumeTrue(BrokerUnderTest.isLocal(), "needs a broker process of its own (-Dbroker.url set)");
    assumeFalse(BrokerUnderTest.onMongo(), "starts embedded brokers: runs once, not per engine");
  }

  @Override
  RequestSpecification request() {
    return given().baseUri(broker.url());
  }

  private static Map<String, String> fastRetries() {
    Map<String, String> env = new HashMap<>();
    env.put("BROKER_NOTIFICATION_RETRY_BACKOFF_BASE", "50ms");
    env.put("BROKER_NOTIFICATION_RETRY_BACKOFF_MAX", "300ms");
    env.put("BROKER_NOTIFICATION_RETRY_MAX_ATTEMPTS", "1000");
    env.put("BROKER_NOTIFICATION_TIMEOUT", "1s");
    env.put("BROKER_NOTIFICATION_CONNECT_TIMEOUT", "500ms");
    env.put("BROKER_NOTIFICATION_OUTBOX_LEASE", "2s");
    env.put("BROKER_NOTIFICATION_OUTBOX_POLL_INTERVAL", "100ms");
    return env;
  }

  /** The airQualityLevel values of the notifications the receiver accepted (answered 2xx). */
  private static Set<Integer> delivered(NotificationReceiver receiver) {
    return receiver.requests().stream()
        .filter(NotificationReceiver.Received::accepted)
        .map(r -> onlyEntity(r.json()).path("airQualityLevel").path("value").asInt())
        .collect(Collectors.toSet());
  }

  private static Set<Integer> values() {
    return IntStream.rangeClosed(1, CHANGES).boxed().collect(Collectors.toSet());
  }

  private void changeAirQuality(String entity) {
    for (int value = 1; value <= CHANGES; value++) {
      setAirQuality(entity, value);
    }
  }

  @Test
  @DisplayName("a receiver failing its first requests gets every notification eventually")
  void failedDeliveriesAreRetried() {
    broker = closeLater(BrokerProcess.start(data, fastRetries()));
    NotificationReceiver receiver = receiver();
    receiver.failFirst(4);
    String entity = createEntity("building.json");
    String id = subscribe(subscription("watching-air-quality.json", receiver.url("/flaky")));

    changeAirQuality(entity);

    eventually().until(() -> delivered(receiver).equals(values()));
    eventually()
        .untilAsserted(
            () -> {
              var status = retrieveSubscription(id).path("notification");
              assertThat(status.path("timesFailed").asInt()).isEqualTo(4);
              assertThat(status.path("timesSent").asInt()).isEqualTo(CHANGES + 4);
              assertThat(status.path("status").asText()).isEqualTo("ok");
            });
  }

  @Test
  @DisplayName("notifications pending when the broker is killed are delivered after its restart")
  void pendingNotificationsSurviveACrash() throws Exception {
    broker = BrokerProcess.start(data, fastRetries());
    int port = NotificationReceiver.freePort();
    String entity = createEntity("building.json");
    String id =
        subscribe(
            subscription("watching-air-quality.json", NotificationReceiver.urlOn(port, "/down")));
    changeAirQuality(entity);
    eventually()
        .until(
            () ->
                retrieveSubscription(id).path("notification").path("timesFailed").asInt()
                    >= CHANGES);

    broker.kill();
    NotificationReceiver receiver = closeLater(NotificationReceiver.startOn(port));
    broker = closeLater(BrokerProcess.start(data, fastRetries()));

    eventually()
        .atMost(Duration.ofSeconds(60))
        .until(() -> delivered(receiver).containsAll(values()));
    assertThat(delivered(receiver)).isEqualTo(values());
  }

  @Test
  @DisplayName("a write acknowledged just before the broker is killed still gets its notification")
  void notificationsOfAcknowledgedWritesSurviveAnImmediateCrash() throws Exception {
    broker = BrokerProcess.start(data, fastRetries());
    int port = NotificationReceiver.freePort();
    String entity = createEntity("building.json");
    subscribe(subscription("watching-air-quality.json", NotificationReceiver.urlOn(port, "/late")));
    changeAirQuality(entity);

    broker.kill(); // at once: the last 2xx was the only promise
    NotificationReceiver receiver = closeLater(NotificationReceiver.startOn(port));
    broker = closeLater(BrokerProcess.start(data, fastRetries()));

    eventually()
        .atMost(Duration.ofSeconds(60))
        .until(() -> delivered(receiver).containsAll(values()));
    assertThat(delivered(receiver)).isEqualTo(values());
  }
}
