package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A hanging endpoint never delays notifications to other endpoints (issue 4). */
class EndpointIsolationTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String HANGING = "urn:ngsi-ld:Subscription:hanging";

  private NotifierHarness harness;
  private TestReceiver hanging;
  private TestReceiver healthy;

  @BeforeEach
  void start() {
    // attempts to the hanging endpoint outlast the test; two at a time, three more waiting
    harness =
        NotifierHarness.start(
            Map.of(
                "timeout", "60s",
                "outbox.lease", "120s",
                "endpoint.concurrency", "2",
                "endpoint.queue-capacity", "3"));
    hanging = TestReceiver.start(harness.vertx(), TestReceiver.never());
    healthy = TestReceiver.start(harness.vertx(), TestReceiver.ok());
  }

  @AfterEach
  void stop() {
    hanging.close();
    healthy.close();
    harness.close();
  }

  @Test
  void aHangingEndpointHoldsOnlyItsOwnQueue() {
    Endpoint stuck = TestNotifications.endpoint(hanging.url("/never"));
    Endpoint fine = TestNotifications.endpoint(healthy.url("/ok"));
    IntStream.range(0, 10).forEach(n -> harness.enqueue(TestNotifications.of("hanging", n, stuck)));
    await().atMost(WAIT).until(() -> hanging.requests().size() == 2);

    IntStream.range(0, 30).forEach(n -> harness.enqueue(TestNotifications.of("healthy", n, fine)));

    Set<String> expected =
        IntStream.range(0, 30)
            .mapToObj(n -> "urn:ngsi-ld:Notification:healthy-" + n)
            .collect(Collectors.toSet());
    await().atMost(WAIT).until(() -> healthy.acceptedIds().equals(expected));
    assertThat(hanging.requests()).hasSize(2);
    assertThat(harness.listener.kinds(HANGING)).isEmpty();
    assertThat(harness.notifier.queues().fullKeys()).containsExactly(stuck.queueKey());
    await().atMost(WAIT).until(() -> harness.pending() == 10);
  }

  @Test
  void notificationsBeyondAFullQueueWaitInTheOutboxAndAreNotLost() {
    Endpoint stuck = TestNotifications.endpoint(hanging.url("/never"));
    IntStream.range(0, 12).forEach(n -> harness.enqueue(TestNotifications.of("hanging", n, stuck)));

    await().atMost(WAIT).until(() -> hanging.requests().size() == 2);
    assertThat(harness.pending()).isEqualTo(12);
    assertThat(harness.notifier.queues().waiting()).isEqualTo(3);
    assertThat(harness.notifier.queues().running()).isEqualTo(2);
  }
}
