package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.civicbroker.conformance.Json;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 7.2 MQTT binding of notifications: a subscription whose endpoint is {@code
 * mqtt://host:port/topic} publishes each notification on the topic, as a JSON object with {@code
 * metadata} (what HTTP sends as headers: Content-Type, Link, receiverInfo) and {@code body} (the
 * Notification of clause 5.3.1). Runs against a real mosquitto; skipped where it is not installed.
 */
@DisplayName("7.2 MQTT notifications")
class MqttNotificationTest extends NotificationTest {
  @TempDir Path directory;

  @Test
  @DisplayName("7.2 the notification arrives on the topic with metadata and body (QoS 1)")
  void notificationIsPublishedOnTheTopic() throws Exception {
    assumeTrue(MqttServer.binary().isPresent(), "mosquitto is not installed (.ci/run installs it)");
    MqttServer server = closeLater(MqttServer.start(directory));
    String topic = "conformance/" + UUID.randomUUID();
    BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    MqttClient client = subscribedClient(server, topic, messages);
    String entity = createEntity("building.json");
    String id = subscribe(subscription("mqtt.json", server.endpoint(topic), "value", "secret-42"));

    setAirQuality(entity, 5);

    String message = messages.poll(ARRIVAL.toSeconds(), TimeUnit.SECONDS);
    assertThat(message).as("MQTT message on " + topic).isNotNull();
    JsonNode payload = Json.parse(message);
    JsonNode metadata = payload.path("metadata");
    assertThat(metadata.path("Content-Type").asText()).startsWith(JSON);
    assertThat(metadata.path("Link").asText()).contains(CORE_CONTEXT);
    assertThat(metadata.path("X-Conformance-Key").asText()).isEqualTo("secret-42");
    JsonNode body = payload.path("body");
    assertThat(body.path("type").asText()).isEqualTo("Notification");
    assertThat(body.path("subscriptionId").asText()).isEqualTo(id);
    assertThat(onlyEntity(body).path("id").asText()).isEqualTo(entity);
    assertThat(onlyEntity(body).path("airQualityLevel").path("value").asInt()).isEqualTo(5);
    eventually()
        .until(
            () ->
                retrieveSubscription(id).path("notification").path("status").asText().equals("ok"));
    client.disconnect();
    client.close();
  }

  @Test
  @DisplayName("7.2 with accept application/ld+json the body carries the @context")
  void jsonLdOverMqtt() throws Exception {
    assumeTrue(MqttServer.binary().isPresent(), "mosquitto is not installed (.ci/run installs it)");
    MqttServer server = closeLater(MqttServer.start(directory));
    String topic = "conformance/" + UUID.randomUUID();
    BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    MqttClient client = subscribedClient(server, topic, messages);
    String entity = createEntity("building.json");
    ObjectNode subscription = subscription("mqtt.json", server.endpoint(topic), "value", "v");
    NotificationBodyTest.endpoint(subscription).put("accept", LD_JSON);
    NotificationBodyTest.endpoint(subscription)
        .putArray("notifierInfo")
        .addObject()
        .put("key", "MQTT-QoS")
        .put("value", "0");
    subscribe(subscription);

    setAirQuality(entity, 6);

    String message = messages.poll(ARRIVAL.toSeconds(), TimeUnit.SECONDS);
    assertThat(message).as("MQTT message on " + topic).isNotNull();
    JsonNode payload = Json.parse(message);
    assertThat(payload.path("metadata").path("Content-Type").asText()).startsWith(LD_JSON);
    assertThat(payload.path("metadata").has("Link")).isFalse();
    assertThat(payload.path("body").path("@context").toString()).contains(CORE_CONTEXT);
    assertThat(onlyEntity(payload.path("body")).path("airQualityLevel").path("value").asInt())
        .isEqualTo(6);
    client.disconnect();
    client.close();
  }

  private MqttClient subscribedClient(MqttServer server, String topic, BlockingQueue<String> sink)
      throws Exception {
    MqttClient client =
        new MqttClient(
            server.clientUrl(), "conformance-" + UUID.randomUUID(), new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    client.connect(options);
    client.subscribe(
        topic,
        1,
        (t, message) -> sink.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
    return client;
  }
}
