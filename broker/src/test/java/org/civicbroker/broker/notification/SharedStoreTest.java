package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two brokers on one store share the outbox without delivering a notification twice. */
class SharedStoreTest {

  @Test
  void twoBrokersDeliverEachNotificationOnce() {
    // broker a holds at most one waiting notification; the rest wait in the shared outbox
    Map<String, String> small = Map.of("endpoint.queue-capacity", "1", "endpoint.concurrency", "1");
    try (NotifierHarness a = NotifierHarness.start(small);
        NotifierHarness b = a.another(Map.of());
        TestReceiver receiver = TestReceiver.start(a.vertx(), TestReceiver.ok())) {
      Endpoint endpoint = TestNotifications.endpoint(receiver.url("/shared"));
      List<Notification> notifications =
          IntStream.range(0, 60)
              .mapToObj(n -> TestNotifications.of("shared-" + n, n, endpoint))
              .toList();

      notifications.forEach(a::enqueue);

      Set<String> ids = notifications.stream().map(Notification::id).collect(Collectors.toSet());
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.acceptedIds().equals(ids));
      await().atMost(Duration.ofSeconds(10)).until(() -> a.pending() == 0);
      Map<String, Long> deliveries =
          receiver.requests().stream()
              .collect(
                  Collectors.groupingBy(
                      TestReceiver.Request::notificationId, Collectors.counting()));
      assertThat(deliveries.values()).as("deliveries per notification").containsOnly(1L);
      assertThat(b.listener.events()).as("broker b took some from the outbox").isNotEmpty();
      assertThat(a.listener.events().size() + b.listener.events().size()).isEqualTo(60);
    }
  }
}
