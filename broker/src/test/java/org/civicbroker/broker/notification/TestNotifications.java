package org.civicbroker.broker.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.civicbroker.model.id.Tenant;

/** Notifications for tests, their body made from {@code notification/notification.json}. */
public final class TestNotifications {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectNode TEMPLATE = load();

  private TestNotifications() {}

  private static ObjectNode load() {
    try (InputStream in =
        TestNotifications.class.getResourceAsStream("/notification/notification.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code n}-th notification of subscription {@code subscription} to {@code endpoint}. */
  public static Notification of(String subscription, int n, Endpoint endpoint) {
    return of(subscription, n, endpoint, Map.of());
  }

  public static Notification of(
      String subscription, int n, Endpoint endpoint, Map<String, String> headers) {
    String id = "urn:ngsi-ld:Notification:" + subscription + "-" + n;
    String subscriptionId = "urn:ngsi-ld:Subscription:" + subscription;
    return new Notification(
        id,
        Tenant.DEFAULT,
        subscriptionId,
        endpoint,
        body(id, subscriptionId),
        "application/json",
        headers,
        Instant.parse("2024-05-01T10:00:00Z"));
  }

  public static byte[] body(String id, String subscriptionId) {
    ObjectNode body = TEMPLATE.deepCopy();
    body.put("id", id);
    body.put("subscriptionId", subscriptionId);
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Endpoint endpoint(String uri) {
    return new Endpoint(URI.create(uri), "application/json", Map.of(), Map.of());
  }

  /** The {@code id} member of a JSON body. */
  public static String idOf(byte[] body) {
    try {
      return MAPPER.readTree(body).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
