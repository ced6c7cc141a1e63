package org.civicbroker.broker.scaleout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.utils.Utils;
import org.civicbroker.broker.entity.api.Payloads;
import org.civicbroker.broker.notification.TestReceiver;
import org.civicbroker.broker.storage.MongoServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out with Kafka (issue 4), black-box: a real Kafka (KRaft, a process of its own), one shared
 * store (an embedded MongoDB-wire server process) and two broker instances from the packaged jar,
 * all on free ports of 127.0.0.1. Runs in the integration-test phase (failsafe), after the jar is
 * built.
 */
class KafkaScaleOutIT {
  private static final int PARTITIONS = 4;
  private static final String ENTITY_TOPIC = "ngsild-entity-changes";
  private static final String MATCHER_GROUP = "civic-broker-matcher";
  private static final String MATCHED = "ngsild_events_kafka_matched_total";
  private static final String ENTITIES = "/ngsi-ld/v1/entities/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir static Path dir;
  private static final AtomicInteger subscriptions = new AtomicInteger();
  private static KafkaServer kafka;
  private static ChildProcess store;
  private static BrokerInstance a;
  private static BrokerInstance b;
  private static Vertx vertx;

  @BeforeAll
  static void start() throws Exception {
    kafka = KafkaServer.start(Files.createDirectories(dir.resolve("kafka")));
    String mongo = "mongodb://127.0.0.1:" + startStore();
    kafka.createTopics(PARTITIONS, ENTITY_TOPIC, "ngsild-subscription-changes");
    a = BrokerInstance.start("broker-a", dir, mongo, kafka.bootstrap());
    b = BrokerInstance.start("broker-b", dir, mongo, kafka.bootstrap());
    a.awaitReady();
    b.awaitReady();
    awaitMatchersShareThePartitions();
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable process : new AutoCloseable[] {a, b, store, kafka}) {
      if (process != null) {
        process.close();
      }
    }
    if (vertx != null) {
      vertx.close().toCompletionStage().toCompletableFuture().join();
    }
  }

  /**
   * Rooms created through B and updated through A: each change is matched by exactly one instance
   * (both take a share), notified exactly once, and each instance's index sees the other's writes.
   */
  @Test
  void everyChangeIsMatchedByOneInstanceAndNotifiedOnce() throws Exception {
    try (TestReceiver receiver = TestReceiver.start(vertx, TestReceiver.ok())) {
      subscribe(a, "kafka/rooms-subscription.json", receiver.url("/rooms"));
      double matchedByA = a.metric(MATCHED);
      double matchedByB = b.metric(MATCHED);
      List<String> rooms = ids("Room", 20);

      rooms.forEach(id -> create(b, "kafka/room.json", id));
      awaitRoomsListed(a, rooms, 0);
      rooms.forEach(id -> patch(a, id, "kafka/room-update.json"));
      awaitRoomsListed(b, rooms, 1);
      await().atMost(PATIENCE).until(() -> roomNotifications(receiver).size() == 2 * rooms.size());
      List<String> sentinels = sentinelsForEveryPartition();
      for (int n = 0; n < sentinels.size(); n++) {
        create(n % 2 == 0 ? a : b, "kafka/room.json", sentinels.get(n));
      }
      await().atMost(PATIENCE).until(() -> notified(receiver).keySet().containsAll(sentinels));
      awaitNothingPendingToDeliver();

      Map<String, Long> perChange = roomNotifications(receiver);
      assertThat(perChange).hasSize(2 * rooms.size()).allSatisfy((c, n) -> assertThat(n).isOne());
      assertThat(perChange.keySet())
          .containsAll(
              rooms.stream().flatMap(id -> Set.of(id + "#0", id + "#1").stream()).toList());
      assertThat(notified(receiver)).containsAllEntriesOf(once(sentinels));
      double newByA = a.metric(MATCHED) - matchedByA;
      double newByB = b.metric(MATCHED) - matchedByB;
      assertThat(newByA + newByB).isEqualTo(2 * rooms.size() + sentinels.size());
      assertThat(newByA).isPositive();
      assertThat(newByB).isPositive();
    }
  }

  /** A periodic subscription notifies once per interval, although both instances run the timer. */
  @Test
  void periodicNotificationsGoOutOncePerInterval() throws Exception {
    try (TestReceiver receiver = TestReceiver.start(vertx, TestReceiver.ok())) {
      create(b, "kafka/meter.json", ids("Meter", 1).get(0));
      String id = subscribe(a, "kafka/meters-periodic-subscription.json", receiver.url("/meters"));

      await().atMost(PATIENCE).until(() -> notifiedAt(receiver, "/meters").size() >= 4);
      unsubscribe(b, id);

      List<Instant> times = notifiedAt(receiver, "/meters");
      for (int n = 1; n < times.size(); n++) {
        assertThat(Duration.between(times.get(n - 1), times.get(n)))
            .as("gap before periodic notification %d of %s", n, times)
            .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      }
    }
  }

  private static int startStore() throws IOException {
    Path data = Files.createDirectories(dir.resolve("store"));
    store =
        ChildProcess.java(
            "store",
            dir.resolve("store.log"),
            Map.of(),
            List.of(
                "-Xmx256m",
                "-cp",
                ChildProcess.testClassPath(),
                MongoServerProcess.class.getName()));
    String[] port = new String[1];
    await("store started (log: " + store.log() + ")")
        .atMost(PATIENCE)
        .until(
            () -> {
              store.checkAlive();
              for (String line : Files.readAllLines(store.log())) {
                if (line.startsWith(MongoServerProcess.PORT_LINE)) {
                  port[0] = line.substring(MongoServerProcess.PORT_LINE.length()).trim();
                  return true;
                }
              }
              return false;
            });
    return Integer.parseInt(port[0]);
  }

  /** Both instances are members of the matcher group, each with a share of the partitions. */
  private static void awaitMatchersShareThePartitions() {
    try (Admin admin = kafka.admin()) {
      await("both matchers in the group")
          .atMost(PATIENCE)
          .ignoreExceptions()
          .until(
              () -> {
                ConsumerGroupDescription group =
                    admin
                        .describeConsumerGroups(List.of(MATCHER_GROUP))
                        .all()
                        .get()
                        .get(MATCHER_GROUP);
                List<Integer> shares = new ArrayList<>();
                for (MemberDescription m : group.members()) {
                  shares.add(m.assignment().topicPartitions().size());
                }
                return shares.size() == 2
                    && !shares.contains(0)
                    && shares.stream().mapToInt(Integer::intValue).sum() == PARTITIONS;
              });
    }
  }

  private static String subscribe(BrokerInstance via, String fixture, String uri) {
    String id = "urn:ngsi-ld:Subscription:" + UUID.randomUUID();
    given()
        .baseUri(via.url())
        .contentType("application/json")
        .body(Payloads.load(fixture, id).replace("${uri}", uri))
        .post("/ngsi-ld/v1/subscriptions")
        .then()
        .statusCode(201);
    awaitRegistries(subscriptions.incrementAndGet());
    return id;
  }

  private static void unsubscribe(BrokerInstance via, String id) {
    given().baseUri(via.url()).delete("/ngsi-ld/v1/subscriptions/" + id).then().statusCode(204);
    awaitRegistries(subscriptions.decrementAndGet());
  }

  /** Both instances' registries hold {@code count} subscriptions (the other learns by Kafka). */
  private static void awaitRegistries(int count) {
    await("both registries hold " + count + " subscriptions")
        .atMost(PATIENCE)
        .until(() -> a.registeredSubscriptions() == count && b.registeredSubscriptions() == count);
  }

  private static void create(BrokerInstance via, String fixture, String id) {
    given()
        .baseUri(via.url())
        .contentType("application/json")
        .body(Payloads.load(fixture, id))
        .post(ENTITIES)
        .then()
        .statusCode(201);
  }

  private static void patch(BrokerInstance via, String id, String fixture) {
    given()
        .baseUri(via.url())
        .contentType("application/json")
        .body(Payloads.load(fixture, id))
        .patch(ENTITIES + id + "/attrs")
        .then()
        .statusCode(204);
  }

  /** Waits until a query through {@code via} (answered by its in-memory index) lists the rooms. */
  private static void awaitRoomsListed(BrokerInstance via, List<String> rooms, int temperature) {
    await("rooms with temperature " + temperature + " listed by " + via.url())
        .atMost(PATIENCE)
        .until(
            () -> {
              JsonNode listed =
                  JSON.readTree(
                      given()
                          .baseUri(via.url())
                          .queryParam("type", "Room")
                          .queryParam("q", "temperature==" + temperature)
                          .queryParam("limit", 1000)
                          .get(ENTITIES)
                          .asString());
              Set<String> ids = new java.util.HashSet<>();
              listed.forEach(e -> ids.add(e.path("id").asText()));
              return ids.containsAll(rooms);
            });
  }

  private static void awaitNothingPendingToDeliver() {
    await("notification queues empty")
        .atMost(PATIENCE)
        .until(
            () -> {
              double pending = 0;
              for (BrokerInstance i : List.of(a, b)) {
                pending += i.metric("ngsild_notifications_queued");
                pending += i.metric("ngsild_notifications_in_flight");
              }
              return pending == 0;
            });
  }

  /** One new room id per partition of the entity topic (the producer partitions by entity id). */
  private static List<String> sentinelsForEveryPartition() {
    Map<Integer, String> byPartition = new TreeMap<>();
    while (byPartition.size() < PARTITIONS) {
      String id = "urn:ngsi-ld:Room:sentinel-" + UUID.randomUUID();
      byte[] key = id.getBytes(StandardCharsets.UTF_8);
      byPartition.putIfAbsent(Utils.toPositive(Utils.murmur2(key)) % PARTITIONS, id);
    }
    return List.copyOf(byPartition.values());
  }

  private static List<String> ids(String type, int count) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      ids.add("urn:ngsi-ld:" + type + ":" + run + "-" + n);
    }
    return ids;
  }

  /** How often each entity was notified to {@code /rooms}. */
  private static Map<String, Long> notified(TestReceiver receiver) throws IOException {
    return data(receiver, "/rooms", e -> e.path("id").asText());
  }

  /** How often each (non-sentinel room, temperature) was notified: keys {@code id#temperature}. */
  private static Map<String, Long> roomNotifications(TestReceiver receiver) throws IOException {
    Map<String, Long> all =
        data(
            receiver,
            "/rooms",
            e -> e.path("id").asText() + "#" + e.path("temperature").path("value").asText());
    all.keySet().removeIf(key -> key.contains(":sentinel-"));
    return all;
  }

  private static Map<String, Long> data(
      TestReceiver receiver, String path, Function<JsonNode, String> key) throws IOException {
    List<String> keys = new ArrayList<>();
    for (TestReceiver.Request r : receiver.requests()) {
      if (r.path().equals(path)) {
        JSON.readTree(r.body()).path("data").forEach(e -> keys.add(key.apply(e)));
      }
    }
    return keys.stream()
        .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
  }

  private static List<Instant> notifiedAt(TestReceiver receiver, String path) throws IOException {
    List<Instant> times = new ArrayList<>();
    for (TestReceiver.Request r : receiver.requests()) {
      if (r.path().equals(path)) {
        times.add(Instant.parse(JSON.readTree(r.body()).path("notifiedAt").asText()));
      }
    }
    times.sort(null);
    return times;
  }

  private static Map<String, Long> once(List<String> ids) {
    return ids.stream().collect(Collectors.toMap(id -> id, id -> 1L));
  }
}
