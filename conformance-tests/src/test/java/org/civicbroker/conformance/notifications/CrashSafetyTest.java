package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.civicbroker.conformance.BrokerProcess;
import org.civicbroker.conformance.BrokerUnderTest;
import org.civicbroker.conformance.Fixtures;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the embedded store (issue 10): under a sustained load of creates and updates,
 * each of which triggers a notification, the broker is killed (SIGKILL) at a random moment and
 * started again on the same data. Then every acknowledged write is there, no entity is half written
 * (each update sets two attributes to the same value), and every acknowledged write's notification
 * arrives. Repeated, each time with another moment of the kill.
 */
@DisplayName("Crash safety: kill -9 under load loses no acknowledged write or notification")
class CrashSafetyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NS = "https://example.org/crash/";
  private static final int WRITERS = 8;

  @TempDir Path data;

  /** Per entity, the values of seq whose write was acknowledged (2xx). */
  private final Map<String, Set<Integer>> acknowledged = new ConcurrentHashMap<>();

  @BeforeEach
  void onlyWithThePackagedBroker() {
    assumeTrue(BrokerUnderTest.isLocal(), "needs a broker process of its own (-Dbroker.url set)");
    assumeFalse(BrokerUnderTest.onMongo(), "starts embedded brokers: runs once, not per engine");
  }

  @RepeatedTest(3)
  void acknowledgedWritesAndTheirNotificationsSurviveAKill() throws Exception {
    try (NotificationReceiver receiver = NotificationReceiver.start()) {
      BrokerProcess broker = BrokerProcess.start(data, Map.of());
      String subscription =
          Fixtures.text("notifications/crash/counter-subscription.json")
              .replace("${uri}", receiver.url("/crash"));
      send(broker.url(), "POST", "/ngsi-ld/v1/subscriptions", subscription);

      AtomicBoolean running = new AtomicBoolean(true);
      Thread[] writers = new Thread[WRITERS];
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers[w] = new Thread(() -> write(broker.url(), writer, running));
        writers[w].start();
      }
      Thread.sleep(1500 + ThreadLocalRandom.current().nextInt(2500));
      broker.kill();
      running.set(false);
      for (Thread t : writers) {
        t.join(30_000);
      }
      assertThat(acknowledged).as("writes acknowledged before the kill").isNotEmpty();
      System.out.printf(
          "Crash safety: %d entities, %d acknowledged writes before the kill%n",
          acknowledged.size(), expected().size());

      try (BrokerProcess restarted = BrokerProcess.start(data, Map.of())) {
        for (Map.Entry<String, Set<Integer>> e : acknowledged.entrySet()) {
          JsonNode entity = entity(restarted.url(), e.getKey());
          int seq = entity.path(NS + "seq").path("value").asInt();
          assertThat(entity.path(NS + "seqCopy").path("value").asInt())
              .as("both attributes of one update are written together: %s", e.getKey())
              .isEqualTo(seq);
          assertThat(seq)
              .as("the last acknowledged update of %s is stored", e.getKey())
              .isGreaterThanOrEqualTo(e.getValue().stream().mapToInt(i -> i).max().orElse(0));
        }
        NotificationTest.eventually()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(() -> assertThat(notified(receiver)).containsAll(expected()));
      } finally {
        broker.close();
      }
    }
  }

  /** Creates entities and updates them in turn, recording every acknowledged write. */
  private void write(String url, int writer, AtomicBoolean running) {
    HttpClient client = HttpClient.newHttpClient();
    int entities = 0;
    int seq = 0;
    while (running.get()) {
      try {
        if (entities < 5 || seq % 4 == 0) {
          String id = "urn:ngsi-ld:Counter:w" + writer + "-" + entities;
          String body = Fixtures.text("notifications/crash/counter.json").replace("${id}", id);
          if (send(client, url, "POST", "/ngsi-ld/v1/entities", body)) {
            acknowledged.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(0);
          }
          entities++;
        }
        seq++;
        String id =
            "urn:ngsi-ld:Counter:w" + writer + "-" + ThreadLocalRandom.current().nextInt(entities);
        String body =
            Fixtures.text("notifications/crash/counter-update.json")
                .replace("${seq}", Integer.toString(seq));
        if (acknowledged.containsKey(id)
            && send(client, url, "PATCH", "/ngsi-ld/v1/entities/" + id + "/attrs", body)) {
          acknowledged.get(id).add(seq);
        }
      } catch (IOException | InterruptedException e) {
        return; // the broker is gone
      }
    }
  }

  private Set<String> expected() {
    return acknowledged.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(seq -> e.getKey() + "#" + seq))
        .collect(Collectors.toSet());
  }

  /** entity#seq of every notification the receiver accepted. */
  private static Set<String> notified(NotificationReceiver receiver) {
    Set<String> seen = new java.util.HashSet<>();
    for (NotificationReceiver.Received r : receiver.requests()) {
      for (JsonNode e : r.json().path("data")) {
        seen.add(e.path("id").asText() + "#" + e.path(NS + "seq").path("value").asInt());
      }
    }
    return seen;
  }

  private static JsonNode entity(String url, String id) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/ngsi-ld/v1/entities/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("acknowledged entity %s exists", id).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static void send(String url, String method, String path, String body) throws Exception {
    assertThat(send(HttpClient.newHttpClient(), url, method, path, body)).isTrue();
  }

  private static boolean send(
      HttpClient client, String url, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .timeout(Duration.ofSeconds(10))
            .build();
    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    return status / 100 == 2;
  }
}
