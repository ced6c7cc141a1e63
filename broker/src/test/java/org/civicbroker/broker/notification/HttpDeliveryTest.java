package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP delivery (GS CIM 009 clause 5.8.6 / 6.3.17) against real receivers. */
class HttpDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private NotifierHarness harness;
  private TestReceiver receiver;

  private void start(TestReceiver.Behaviour behaviour, Map<String, String> settings) {
    harness = NotifierHarness.start(settings);
    receiver = TestReceiver.start(harness.vertx(), behaviour);
  }

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.close();
    }
    harness.close();
  }

  private Endpoint endpoint() {
    return TestNotifications.endpoint(receiver.url("/notify"));
  }

  private void awaitOutboxEmpty() {
    await().atMost(WAIT).until(() -> harness.pending() == 0);
  }

  @Test
  void postsTheBodyWithItsContentTypeReceiverInfoAndHeaders() {
    start(TestReceiver.ok(), Map.of());
    Endpoint endpoint =
        new Endpoint(
            URI.create(receiver.url("/city/notify")),
            "application/json",
            Map.of("X-Auth-Token", "s3cret", "fiware-service", "madrid"),
            Map.of());
    String link = "<https://example.org/ctx.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"";
    Notification notification = TestNotifications.of("headers", 1, endpoint, Map.of("Link", link));

    harness.enqueue(notification);

    await().atMost(WAIT).until(() -> receiver.acceptedCount() == 1);
    TestReceiver.Request request = receiver.requests().get(0);
    assertThat(request.path()).isEqualTo("/city/notify");
    assertThat(request.body()).isEqualTo(notification.body());
    assertThat(request.headers())
        .containsEntry("Content-Type", "application/json")
        .containsEntry("X-Auth-Token", "s3cret")
        .containsEntry("fiware-service", "madrid")
        .containsEntry("Link", link);
    awaitOutboxEmpty();
    assertThat(harness.listener.kinds(notification.subscriptionId())).containsExactly("delivered");
    assertThat(harness.counter("ngsild.notifications.sent")).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {400, 401, 404, 410})
  void aClientErrorFailsAtOnceWithoutRetry(int status) {
    start(TestReceiver.always(status), Map.of());
    Notification notification = TestNotifications.of("rejected", 1, endpoint());

    harness.enqueue(notification);

    awaitOutboxEmpty();
    assertThat(receiver.requests()).hasSize(1);
    assertThat(harness.listener.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo("failed");
              assertThat(e.reason()).contains("HTTP " + status);
            });
    assertThat(harness.counter("ngsild.notifications.failed")).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 503, 429, 408})
  void aRetryableAnswerIsRetriedWithBackoffUntilDelivered(int status) {
    start(TestReceiver.failing(3, status), Map.of());
    Notification notification = TestNotifications.of("healing", 1, endpoint());

    harness.enqueue(notification);

    await().atMost(WAIT).until(() -> receiver.acceptedCount() == 1);
    awaitOutboxEmpty();
    assertThat(receiver.requests())
        .extracting(TestReceiver.Request::status)
        .containsExactly(status, status, status, 200);
    assertThat(receiver.requests())
        .extracting(TestReceiver.Request::notificationId)
        .containsOnly(notification.id());
    assertThat(harness.listener.kinds(notification.subscriptionId()))
        .containsExactly("retry", "retry", "retry", "delivered");
    assertThat(harness.counter("ngsild.notifications.retried")).isEqualTo(3.0);
  }

  @Test
  void givesUpAfterTheMostAttempts() {
    start(TestReceiver.always(503), Map.of("retry.max-attempts", "4"));
    Notification notification = TestNotifications.of("dead", 1, endpoint());

    harness.enqueue(notification);

    await()
        .atMost(WAIT)
        .until(() -> harness.listener.kinds(notification.subscriptionId()).size() == 4);
    awaitOutboxEmpty();
    assertThat(receiver.requests()).hasSize(4);
    assertThat(harness.listener.kinds(notification.subscriptionId()))
        .containsExactly("retry", "retry", "retry", "failed");
    assertThat(harness.listener.events().get(3).reason()).contains("HTTP 503", "4 attempts");
  }

  @Test
  void anUnreachableEndpointIsRetried() {
    start(TestReceiver.ok(), Map.of("retry.max-attempts", "3"));
    int closedPort = receiver.port();
    receiver.close();
    receiver = null;
    Notification notification =
        TestNotifications.of(
            "unreachable", 1, TestNotifications.endpoint("http://127.0.0.1:" + closedPort + "/n"));

    harness.enqueue(notification);

    awaitOutboxEmpty();
    assertThat(harness.listener.kinds(notification.subscriptionId()))
        .containsExactly("retry", "retry", "failed");
    assertThat(harness.listener.events()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
  }

  @Test
  void aReceiverFailingHalfTheTimeGetsEveryNotification() {
    start(TestReceiver.flaky(7), Map.of("retry.max-attempts", "30"));
    List<Notification> notifications =
        IntStream.range(0, 40).mapToObj(n -> TestNotifications.of("flaky", n, endpoint())).toList();

    notifications.forEach(harness::enqueue);

    Set<String> ids = notifications.stream().map(Notification::id).collect(Collectors.toSet());
    await().atMost(WAIT).until(() -> receiver.acceptedIds().equals(ids));
    awaitOutboxEmpty();
    assertThat(receiver.acceptedCount()).isEqualTo(40);
    assertThat(receiver.requests().size()).isGreaterThan(40);
    assertThat(harness.listener.kinds("urn:ngsi-ld:Subscription:flaky"))
        .filteredOn("delivered"::equals)
        .hasSize(40);
  }
}
