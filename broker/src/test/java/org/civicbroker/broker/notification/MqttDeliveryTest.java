package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MQTT notification binding (GS CIM 009 clause 7) against a real mosquitto server. */
class MqttDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LINK =
      "<https://example.org/ctx.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"";

  /** One message the test's subscriber received. */
  record Message(String topic, JsonNode payload, int qos) {}

  @TempDir static Path directory;
  private static Mosquitto mosquitto;

  private NotifierHarness harness;
  private MqttClient subscriber;
  private final List<Message> received = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startMosquitto() throws Exception {
    Assumptions.assumeTrue(
        Mosquitto.binary().isPresent() && Mosquitto.passwordTool().isPresent(),
        "mosquitto is not installed (apt-get install mosquitto; .ci/run does it): MQTT tests skipped");
    mosquitto = Mosquitto.start(directory);
  }

  @AfterAll
  static void stopMosquitto() throws InterruptedException {
    if (mosquitto != null) {
      mosquitto.close();
    }
  }

  @BeforeEach
  void subscribe() throws Exception {
    harness = NotifierHarness.start(Map.of("retry.max-attempts", "2"));
    MqttClientOptions options = new MqttClientOptions();
    options.setUsername(Mosquitto.USER);
    options.setPassword(Mosquitto.PASSWORD);
    subscriber = MqttClient.create(harness.vertx(), options);
    subscriber.publishHandler(
        m ->
            received.add(
                new Message(m.topicName(), json(m.payload().getBytes()), m.qosLevel().value())));
    subscriber
        .connect(mosquitto.port(), "127.0.0.1")
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    subscriber
        .subscribe("city/#", 2)
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    subscriber.disconnect().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    harness.close();
  }

  private static JsonNode json(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Endpoint endpoint(String topic, Map<String, String> notifierInfo) {
    return new Endpoint(
        URI.create(mosquitto.uri(Mosquitto.USER, Mosquitto.PASSWORD, topic)),
        "application/json",
        Map.of("X-Receiver", "dashboard"),
        notifierInfo);
  }

  @ParameterizedTest(name = "QoS {0}")
  @ValueSource(ints = {0, 1, 2})
  void publishesMetadataAndBodyWithTheRequestedQos(int qos) {
    Endpoint endpoint = endpoint("city/air/qos" + qos, Map.of("MQTT-QoS", String.valueOf(qos)));
    Notification notification =
        TestNotifications.of("mqtt-qos" + qos, 1, endpoint, Map.of("Link", LINK));

    harness.enqueue(notification);

    await().atMost(WAIT).until(() -> received.size() == 1);
    Message message = received.get(0);
    assertThat(message.topic()).isEqualTo("city/air/qos" + qos);
    assertThat(message.qos()).isEqualTo(qos);
    assertThat(fieldNames(message.payload())).containsExactlyInAnyOrder("metadata", "body");
    assertThat(message.payload().get("metadata"))
        .isEqualTo(
            JSON.valueToTree(
                Map.of(
                    "Content-Type", "application/json",
                    "Link", LINK,
                    "X-Receiver", "dashboard")));
    assertThat(message.payload().get("body")).isEqualTo(json(notification.body()));
    await().atMost(WAIT).until(() -> harness.pending() == 0);
    assertThat(harness.listener.kinds(notification.subscriptionId())).containsExactly("delivered");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void oneConnectionCarriesEveryNotificationToTheSameServer() {
    IntStream.range(0, 12)
        .forEach(
            n ->
                harness.enqueue(
                    TestNotifications.of(
                        "shared-connection",
                        n,
                        endpoint("city/topic" + n % 3, Map.of("MQTT-QoS", "1")))));

    await().atMost(WAIT).until(() -> received.size() == 12);
    assertThat(received)
        .extracting(Message::topic)
        .containsOnly("city/topic0", "city/topic1", "city/topic2");
    assertThat(harness.transports.mqtt().openConnections()).isEqualTo(1);
  }

  @Test
  void mqtt5IsServedWithTheSameMessage() {
    Notification notification =
        TestNotifications.of("mqtt5", 1, endpoint("city/v5", Map.of("MQTT-Version", "mqtt5.0")));

    harness.enqueue(notification);

    await().atMost(WAIT).until(() -> received.size() == 1);
    assertThat(received.get(0).payload().get("body").get("id").asText())
        .isEqualTo(notification.id());
  }

  @Test
  void refusedCredentialsFailForGood() {
    Endpoint endpoint =
        new Endpoint(
            URI.create(mosquitto.uri(Mosquitto.USER, "wrong", "city/denied")),
            "application/json",
            Map.of(),
            Map.of());
    Notification notification = TestNotifications.of("denied", 1, endpoint);

    harness.enqueue(notification);

    await().atMost(WAIT).until(() -> harness.pending() == 0);
    assertThat(harness.listener.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo("failed");
              assertThat(e.reason()).contains("refused").doesNotContain("wrong");
            });
    assertThat(received).isEmpty();
  }

  @Test
  void anUnreachableServerIsRetried() throws IOException {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Notification notification =
        TestNotifications.of(
            "unreachable-mqtt",
            1,
            TestNotifications.endpoint("mqtt://127.0.0.1:" + closed + "/city/nowhere"));

    harness.enqueue(notification);

    await().atMost(WAIT).until(() -> harness.pending() == 0);
    assertThat(harness.listener.kinds(notification.subscriptionId()))
        .containsExactly("retry", "failed");
  }

  @Test
  void anEndpointWithAnInvalidQosFailsWithoutAConnection() {
    Notification notification =
        TestNotifications.of("bad-qos", 1, endpoint("city/bad", Map.of("MQTT-QoS", "3")));

    harness.enqueue(notification);

    await().atMost(WAIT).until(() -> harness.pending() == 0);
    assertThat(harness.listener.events())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("MQTT-QoS"));
    assertThat(harness.transports.mqtt().openConnections()).isZero();
  }
}
