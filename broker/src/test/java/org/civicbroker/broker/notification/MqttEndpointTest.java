package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.codec.mqtt.MqttQoS;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.civicbroker.broker.notification.delivery.MqttBroker;
import org.civicbroker.broker.notification.delivery.MqttEndpoint;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MQTT endpoint URIs and notifierInfo (GS CIM 009 clause 7.2). */
class MqttEndpointTest {

  private static MqttEndpoint parse(String uri, Map<String, String> notifierInfo) {
    return MqttEndpoint.parse(new Endpoint(URI.create(uri), null, Map.of(), notifierInfo));
  }

  @Test
  void defaultsArePort1883QosZeroAndMqtt311() {
    MqttEndpoint endpoint = parse("mqtt://broker.example/city/air", Map.of());

    assertThat(endpoint.broker())
        .isEqualTo(
            new MqttBroker("broker.example", 1883, false, Optional.empty(), Optional.empty()));
    assertThat(endpoint.topic()).isEqualTo("city/air");
    assertThat(endpoint.qos()).isEqualTo(MqttQoS.AT_MOST_ONCE);
    assertThat(endpoint.version()).isEqualTo(MqttEndpoint.Version.MQTT_3_1_1);
  }

  @Test
  void mqttsUsesTlsOnPort8883AndCredentialsComeFromTheUserInfo() {
    MqttEndpoint endpoint =
        parse(
            "mqtts://sensor%40city:p%3Ass+w@broker.example/a/b/c",
            Map.of("MQTT-QoS", "2", "MQTT-Version", "mqtt5.0"));

    assertThat(endpoint.broker())
        .isEqualTo(
            new MqttBroker(
                "broker.example", 8883, true, Optional.of("sensor@city"), Optional.of("p:ss+w")));
    assertThat(endpoint.broker().toString()).doesNotContain("ss+w");
    assertThat(endpoint.topic()).isEqualTo("a/b/c");
    assertThat(endpoint.qos()).isEqualTo(MqttQoS.EXACTLY_ONCE);
    assertThat(endpoint.version()).isEqualTo(MqttEndpoint.Version.MQTT_5_0);
  }

  @Test
  void aUserWithoutPasswordAndAnExplicitPort() {
    MqttEndpoint endpoint = parse("mqtt://reader@10.0.0.5:1884/t", Map.of("MQTT-QoS", "1"));

    assertThat(endpoint.broker())
        .isEqualTo(
            new MqttBroker("10.0.0.5", 1884, false, Optional.of("reader"), Optional.empty()));
    assertThat(endpoint.qos()).isEqualTo(MqttQoS.AT_LEAST_ONCE);
  }

  @ParameterizedTest(name = "{0} {1}={2}")
  @CsvSource({
    "mqtt://broker.example/, , , no topic",
    "mqtt://broker.example, , , no topic",
    "mqtt://broker.example/city/+/air, , , wildcards",
    "mqtt://broker.example/t, MQTT-QoS, 3, MQTT-QoS",
    "mqtt://broker.example/t, MQTT-Version, mqtt3.1, MQTT-Version",
    "http://broker.example/t, , , Not an MQTT endpoint"
  })
  void anUnusableEndpointIsBadRequestData(String uri, String key, String value, String reason) {
    Map<String, String> notifierInfo = key == null ? Map.of() : Map.of(key, value);

    assertThatThrownBy(() -> parse(uri, notifierInfo))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
              assertThat(e.detail()).contains(reason);
            });
  }

  @Test
  void messagesNeverShowThePassword() {
    Endpoint endpoint =
        new Endpoint(URI.create("mqtt://user:hunter2@broker.example/"), null, Map.of(), Map.of());

    assertThat(endpoint.redactedUri()).isEqualTo("mqtt://broker.example/");
    assertThatThrownBy(() -> MqttEndpoint.parse(endpoint))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.detail()).doesNotContain("hunter2"));
  }

  @Test
  void endpointsShareAQueuePerSchemeHostAndPort() {
    assertThat(TestNotifications.endpoint("http://Example.org/a").queueKey())
        .isEqualTo(TestNotifications.endpoint("http://example.org:80/b").queueKey())
        .isEqualTo("http://example.org:80");
    assertThat(TestNotifications.endpoint("https://example.org/a").queueKey())
        .isEqualTo("https://example.org:443");
    assertThat(TestNotifications.endpoint("mqtt://u:p@example.org/a").queueKey())
        .isEqualTo("mqtt://example.org:1883");
    assertThat(TestNotifications.endpoint("mqtts://example.org/a").queueKey())
        .isEqualTo("mqtts://example.org:8883");
  }
}
