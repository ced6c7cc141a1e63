package org.civicbroker.broker.subscription.store.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.civicbroker.model.representation.DateTimes;

/** Conversions between values of the subscription model and BSON document values. */
public final class DocumentValues {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentValues() {}

  public static void putIfPresent(Document d, String name, Object value) {
    if (value != null) {
      d.append(name, value);
    }
  }

  public static Long nanos(Duration d) {
    return d == null ? null : d.toNanos();
  }

  public static Duration duration(Document d, String name) {
    Number n = d.get(name, Number.class);
    return n == null ? null : Duration.ofNanos(n.longValue());
  }

  public static String text(Instant instant) {
    return instant == null ? null : DateTimes.format(instant);
  }

  public static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  public static List<String> strings(Document d, String name) {
    return d.getList(name, String.class, List.of());
  }

  /** Key-value pairs as a list of {@code {key, value}} documents, in order. */
  public static List<Document> pairList(Map<String, String> pairs) {
    return pairs.entrySet().stream()
        .map(e -> new Document("key", e.getKey()).append("value", e.getValue()))
        .toList();
  }

  public static Map<String, String> pairs(Document d, String name) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (Document pair : d.getList(name, Document.class, List.of())) {
      pairs.put(pair.getString("key"), pair.getString("value"));
    }
    return pairs;
  }

  public static JsonNode json(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is not readable", e);
    }
  }
}
