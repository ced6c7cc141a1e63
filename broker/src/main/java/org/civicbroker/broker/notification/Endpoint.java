package org.civicbroker.broker.notification;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Where and how a notification is delivered (GS CIM 009 clause 5.2.15 Endpoint): {@code http(s)} or
 * {@code mqtt(s)://host:port/topic}; {@code accept} chooses the body's media type; {@code
 * receiverInfo} entries become HTTP headers (or MQTT user properties); {@code notifierInfo}
 * configures the notifier (e.g. {@code MQTT-QoS}, {@code MQTT-Version}).
 */
public record Endpoint(
    URI uri, String accept, Map<String, String> receiverInfo, Map<String, String> notifierInfo) {
  public Endpoint {
    receiverInfo = receiverInfo == null ? Map.of() : Map.copyOf(receiverInfo);
    notifierInfo = notifierInfo == null ? Map.of() : Map.copyOf(notifierInfo);
  }

  /**
   * The delivery queue this endpoint shares: one per scheme, host and port (default ports filled
   * in, scheme and host in lower case, so {@code http://A} and {@code http://a:80} share a queue).
   */
  public String queueKey() {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme() + "://" + host + ":" + port();
  }

  /**
   * The URI without its user information ({@code mqtt://user:password@host/t} becomes {@code
   * mqtt://host/t}): what logs and messages may show.
   */
  public String redactedUri() {
    if (uri.getRawUserInfo() == null) {
      return uri.toString();
    }
    return uri.toString().replace(uri.getRawUserInfo() + "@", "");
  }

  /** The URI scheme in lower case ({@code http}, {@code https}, {@code mqtt}, {@code mqtts}). */
  public String scheme() {
    return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
  }

  /**
   * The URI's port, or its scheme's default: 80 (http), 443 (https), 1883 (mqtt), 8883 (mqtts, GS
   * CIM 009 clause 7.2); -1 for other schemes without a port.
   */
  public int port() {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return switch (scheme()) {
      case "http" -> 80;
      case "https" -> 443;
      case "mqtt" -> 1883;
      case "mqtts" -> 8883;
      default -> -1;
    };
  }
}
