package org.civicbroker.broker.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fixtures of the admin tests (files under src/test/resources/admin) and their helpers. */
public final class AdminFixtures {
  public static final ObjectMapper JSON = new ObjectMapper();

  private AdminFixtures() {}

  /** The fixture {@code admin/<name>} with each {@code ${key}} replaced. */
  public static String load(String name, Map<String, String> values) {
    try (InputStream in = AdminFixtures.class.getResourceAsStream("/admin/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture admin/" + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e : values.entrySet()) {
        text = text.replace("${" + e.getKey() + "}", e.getValue());
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short unique name, usable as a tenant and inside ids. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The JSON objects of NGSI-LD JSON lines (blank lines skipped). */
  public static List<ObjectNode> lines(String ndjson) {
    List<ObjectNode> lines = new ArrayList<>();
    for (String line : ndjson.split("\n")) {
      if (!line.isBlank()) {
        lines.add((ObjectNode) parse(line));
      }
    }
    return lines;
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A retrieved subscription without what a new broker starts anew: the delivery status in {@code
   * notification} and the status, which depends on it only through expiry.
   */
  public static JsonNode withoutDeliveryStatus(JsonNode subscription) {
    ObjectNode copy = subscription.deepCopy();
    ObjectNode notification = (ObjectNode) copy.get("notification");
    for (String member :
        List.of("timesSent", "timesFailed", "lastNotification", "lastSuccess", "lastFailure")) {
      notification.remove(member);
    }
    notification.remove("status");
    return copy;
  }

  /** The lines of an export as comparable across brokers: subscriptions without delivery status. */
  public static List<JsonNode> comparable(String ndjson) {
    List<JsonNode> lines = new ArrayList<>();
    for (ObjectNode line : lines(ndjson)) {
      if (line.has("subscription")) {
        line.set("subscription", withoutDeliveryStatus(line.get("subscription")));
      }
      lines.add(line);
    }
    return lines;
  }
}
