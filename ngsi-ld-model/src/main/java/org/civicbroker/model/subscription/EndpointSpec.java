package org.civicbroker.model.subscription;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * Where and how notifications are delivered (GS CIM 009 clause 5.2.15 Endpoint).
 *
 * @param uri {@code http}, {@code https}, {@code mqtt} or {@code mqtts} URI with a host; an MQTT
 *     URI names the topic in its path ({@code mqtt://host:1883/topic/sub})
 * @param accept the media type of notification bodies: {@code application/json} (the default),
 *     {@code application/ld+json} or {@code application/geo+json}
 * @param receiverInfo key-value pairs sent with each notification (HTTP headers, MQTT user
 *     properties), in the given order
 * @param notifierInfo key-value pairs configuring the notifier, e.g. {@code MQTT-QoS} ({@code 0},
 *     {@code 1}, {@code 2}) and {@code MQTT-Version} ({@code mqtt3.1.1}, {@code mqtt5.0})
 * @param timeout how long a delivery may take before it counts as failed ({@code timeout}, given in
 *     milliseconds); null when not given
 * @param cooldown after a failure, the least time before the next delivery to this endpoint ({@code
 *     cooldown}, in milliseconds); null when not given
 */
public record EndpointSpec(
    URI uri,
    String accept,
    Map<String, String> receiverInfo,
    Map<String, String> notifierInfo,
    Duration timeout,
    Duration cooldown) {

  public static final String JSON = "application/json";
  public static final String JSON_LD = "application/ld+json";
  public static final String GEO_JSON = "application/geo+json";
  public static final String MQTT_QOS = "MQTT-QoS";
  public static final String MQTT_VERSION = "MQTT-Version";

  private static final Set<String> SCHEMES = Set.of("http", "https", "mqtt", "mqtts");
  private static final Set<String> ACCEPTS = Set.of(JSON, JSON_LD, GEO_JSON);

  public EndpointSpec {
    Objects.requireNonNull(uri, "uri");
    checkUri(uri);
    accept = accept == null ? JSON : accept;
    if (!ACCEPTS.contains(accept)) {
      throw NgsiLdException.badData(
          "notification.endpoint.accept: must be application/json, application/ld+json or"
              + " application/geo+json, not "
              + Uris.quote(accept));
    }
    receiverInfo = ordered(receiverInfo);
    notifierInfo = ordered(notifierInfo);
    checkNotifierInfo(notifierInfo);
  }

  /** An endpoint with only a URI (JSON bodies, no extra information). */
  public static EndpointSpec of(URI uri) {
    return new EndpointSpec(uri, null, null, null, null, null);
  }

  /** True for {@code mqtt} and {@code mqtts} endpoints. */
  public boolean isMqtt() {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("mqtt") || scheme.equals("mqtts");
  }

  private static void checkUri(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      throw NgsiLdException.badData(
          "notification.endpoint.uri: the scheme must be http, https, mqtt or mqtts: "
              + Uris.quote(uri.toString()));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw NgsiLdException.badData(
          "notification.endpoint.uri: a host is required: " + Uris.quote(uri.toString()));
    }
    boolean mqtt = scheme.startsWith("mqtt");
    if (mqtt && (uri.getPath() == null || uri.getPath().length() < 2)) {
      throw NgsiLdException.badData(
          "notification.endpoint.uri: an MQTT endpoint names its topic in the path: "
              + Uris.quote(uri.toString()));
    }
  }

  private static void checkNotifierInfo(Map<String, String> info) {
    String qos = info.get(MQTT_QOS);
    if (qos != null && !Set.of("0", "1", "2").contains(qos)) {
      throw NgsiLdException.badData(
          "notification.endpoint.notifierInfo: MQTT-QoS must be 0, 1 or 2, not " + Uris.quote(qos));
    }
    String version = info.get(MQTT_VERSION);
    if (version != null && !Set.of("mqtt3.1.1", "mqtt5.0").contains(version)) {
      throw NgsiLdException.badData(
          "notification.endpoint.notifierInfo: MQTT-Version must be mqtt3.1.1 or mqtt5.0, not "
              + Uris.quote(version));
    }
  }

  private static Map<String, String> ordered(Map<String, String> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
