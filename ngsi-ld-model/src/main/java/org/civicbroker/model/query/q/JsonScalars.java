package org.civicbroker.model.query.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.civicbroker.model.query.Temporals;

/**
 * Normalises JSON values for comparison: numbers to {@code BigDecimal}, strings, booleans, and
 * JSON-LD typed values ({@code {"@type": "DateTime", "@value": "..."}}, also Date and Time, by term
 * or NGSI-LD / XSD IRI) to {@code java.time} values. An array contributes its elements.
 */
final class JsonScalars {
  private JsonScalars() {}

  static void addElements(JsonNode node, List<Object> out) {
    if (node.isArray()) {
      node.forEach(e -> out.add(scalar(e)));
    } else {
      out.add(scalar(node));
    }
  }

  static Object scalar(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    } else if (node.isTextual()) {
      return node.textValue();
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isObject() && node.has("@value")) {
      return typed(node);
    }
    return node;
  }

  private static Object typed(JsonNode node) {
    JsonNode value = node.get("@value");
    if (!value.isTextual()) {
      return scalar(value);
    }
    String type = node.path("@type").asText("");
    String s = value.textValue();
    Object parsed =
        switch (localName(type)) {
          case "DateTime", "dateTime" -> Temporals.dateTime(s).orElse(null);
          case "Date", "date" -> Temporals.date(s).orElse(null);
          case "Time", "time" -> Temporals.time(s).orElse(null);
          default -> s;
        };
    return parsed == null ? s : parsed;
  }

  private static String localName(String type) {
    int cut = Math.max(type.lastIndexOf('/'), Math.max(type.lastIndexOf('#'), type.indexOf(':')));
    return cut >= 0 ? type.substring(cut + 1) : type;
  }
}
