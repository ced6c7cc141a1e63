package org.civicbroker.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notification receiver harness records what it is sent and answers as told. */
class NotificationReceiverTest {
  private final HttpClient client = HttpClient.newHttpClient();

  private int post(NotificationReceiver receiver, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(receiver.url("/notify")))
            .header("Content-Type", "application/json")
            .header("X-Receiver-Info", "abc")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void recordsRequestsAndAnswersWithTheConfiguredStatus() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.start()) {
      int first = post(receiver, "{\"type\":\"Notification\"}");
      receiver.respondWith(500);
      int second = post(receiver, "{}");

      List<NotificationReceiver.Received> received =
          receiver.awaitRequests(2, Duration.ofSeconds(10));

      assertThat(first).isEqualTo(204);
      assertThat(second).isEqualTo(500);
      assertThat(received.get(0).method()).isEqualTo("POST");
      assertThat(received.get(0).path()).isEqualTo("/notify");
      assertThat(received.get(0).header("x-receiver-info")).isEqualTo("abc");
      assertThat(received.get(0).bodyText()).isEqualTo("{\"type\":\"Notification\"}");
    }
  }

  @Test
  void failsTheFirstRequestsWhenTold() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.start()) {
      receiver.failFirst(2);

      int first = post(receiver, "{\"n\":1}");
      int second = post(receiver, "{\"n\":2}");
      int third = post(receiver, "{\"n\":3}");

      assertThat(List.of(first, second, third)).containsExactly(500, 500, 204);
      assertThat(receiver.requests())
          .extracting(NotificationReceiver.Received::accepted)
          .containsExactly(false, false, true);
      assertThat(receiver.bodies().get(2).path("n").asInt()).isEqualTo(3);
    }
  }

  @Test
  void startsOnAGivenPort() throws Exception {
    int port = NotificationReceiver.freePort();
    try (NotificationReceiver receiver = NotificationReceiver.startOn(port)) {
      assertThat(receiver.url("/n")).isEqualTo(NotificationReceiver.urlOn(port, "/n"));
      assertThat(post(receiver, "{}")).isEqualTo(204);
      assertThat(receiver.count()).isEqualTo(1);
    }
  }

  @Test
  void awaitingMoreThanArrivesFails() {
    try (NotificationReceiver receiver = NotificationReceiver.start()) {
      assertThatThrownBy(() -> receiver.awaitRequests(1, Duration.ofMillis(50)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("got 0");
    }
  }
}
