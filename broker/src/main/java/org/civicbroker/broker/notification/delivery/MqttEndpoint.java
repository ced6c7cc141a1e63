package org.civicbroker.broker.notification.delivery;

import io.netty.handler.codec.mqtt.MqttQoS;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.civicbroker.broker.notification.Endpoint;
import org.civicbroker.model.error.NgsiLdException;

/**
 * An MQTT notification endpoint (GS CIM 009 clause 7.2): {@code
 * mqtt[s]://[user[:password]@]host[:port]/topic[/subtopic]*}, default ports 1883 and 8883, with
 * {@code notifierInfo} keys {@code MQTT-QoS} (0, 1 or 2; default 0) and {@code MQTT-Version}
 * ({@code mqtt3.1.1} or {@code mqtt5.0}; default {@code mqtt3.1.1}).
 *
 * <p>The Vert.x MQTT client (4.5) speaks MQTT 3.1.1 only. An endpoint asking for {@code mqtt5.0} is
 * accepted and published to with MQTT 3.1.1, which every MQTT 5.0 server also accepts: the message
 * is the same JSON object of {@code metadata} and {@code body} in both versions (clause 7.2), only
 * MQTT 5.0 user properties are not sent.
 *
 * @param broker the MQTT server and the credentials to connect with
 * @param topic the topic to publish to (the URI path without its leading slash)
 * @param qos the quality of service of the PUBLISH
 * @param version the MQTT version the subscription asked for
 */
public record MqttEndpoint(MqttBroker broker, String topic, MqttQoS qos, Version version) {
  public static final String QOS_KEY = "MQTT-QoS";
  public static final String VERSION_KEY = "MQTT-Version";

  /** The MQTT versions of clause 7.2, by their {@code notifierInfo} values. */
  public enum Version {
    MQTT_3_1_1("mqtt3.1.1"),
    MQTT_5_0("mqtt5.0");

    private final String value;

    Version(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  /** Reads an endpoint; an unusable one is BadRequestData with the reason. */
  public static MqttEndpoint parse(Endpoint endpoint) {
    String scheme = endpoint.scheme();
    if (!scheme.equals("mqtt") && !scheme.equals("mqtts")) {
      throw NgsiLdException.badData("Not an MQTT endpoint: " + endpoint.redactedUri());
    }
    String host = endpoint.uri().getHost();
    if (host == null || host.isEmpty()) {
      throw NgsiLdException.badData("The MQTT endpoint has no host: " + endpoint.redactedUri());
    }
    MqttBroker broker =
        new MqttBroker(
            host, endpoint.port(), scheme.equals("mqtts"), user(endpoint), password(endpoint));
    return new MqttEndpoint(broker, topic(endpoint), qos(endpoint), version(endpoint));
  }

  private static String topic(Endpoint endpoint) {
    String path = endpoint.uri().getPath();
    String topic = path == null ? "" : path.replaceFirst("^/", "");
    if (topic.isEmpty()) {
      throw NgsiLdException.badData("The MQTT endpoint has no topic: " + endpoint.redactedUri());
    }
    if (topic.contains("+") || topic.contains("#")) {
      throw NgsiLdException.badData("An MQTT topic to publish to has no wildcards: " + topic);
    }
    return topic;
  }

  private static MqttQoS qos(Endpoint endpoint) {
    String value = endpoint.notifierInfo().getOrDefault(QOS_KEY, "0").trim();
    return switch (value) {
      case "0" -> MqttQoS.AT_MOST_ONCE;
      case "1" -> MqttQoS.AT_LEAST_ONCE;
      case "2" -> MqttQoS.EXACTLY_ONCE;
      default -> throw NgsiLdException.badData(QOS_KEY + " must be 0, 1 or 2, not " + value);
    };
  }

  private static Version version(Endpoint endpoint) {
    String value = endpoint.notifierInfo().get(VERSION_KEY);
    if (value == null) {
      return Version.MQTT_3_1_1;
    }
    for (Version version : Version.values()) {
      if (version.value().equals(value.trim())) {
        return version;
      }
    }
    throw NgsiLdException.badData(VERSION_KEY + " must be mqtt3.1.1 or mqtt5.0, not " + value);
  }

  private static Optional<String> user(Endpoint endpoint) {
    String info = endpoint.uri().getRawUserInfo();
    if (info == null || info.isEmpty()) {
      return Optional.empty();
    }
    int colon = info.indexOf(':');
    String user = decode(colon < 0 ? info : info.substring(0, colon));
    return Optional.of(user).filter(s -> !s.isEmpty());
  }

  private static Optional<String> password(Endpoint endpoint) {
    String info = endpoint.uri().getRawUserInfo();
    int colon = info == null ? -1 : info.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(decode(info.substring(colon + 1)));
  }

  /** Percent-decoding of a URI component ({@code +} stays a plus sign). */
  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
