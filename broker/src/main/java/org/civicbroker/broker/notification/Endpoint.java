package org.civicbroker.broker.notification;

import java.net.URI;
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

  /** The delivery queue this endpoint shares: one per scheme, host and port. */
  public String queueKey() {
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }
}
