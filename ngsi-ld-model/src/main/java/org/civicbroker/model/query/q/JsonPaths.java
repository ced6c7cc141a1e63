package org.civicbroker.model.query.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a bracketed value path ({@code [a.b]}) into a JSON value: a member expression in dot
 * notation (clause 4.9, ECMA 262 property accessors). Arrays met on the way are traversed
 * element-wise, as MongoDB's dot notation does, so the in-memory result agrees with a translated
 * storage query. Keys are never expanded.
 */
final class JsonPaths {
  private JsonPaths() {}

  /** The values reached (empty when the path leads nowhere). */
  static List<JsonNode> follow(JsonNode root, List<String> keys) {
    List<JsonNode> current = List.of(root);
    for (String key : keys) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        step(node, key, next);
      }
      if (next.isEmpty()) {
        return List.of();
      }
      current = next;
    }
    return current;
  }

  private static void step(JsonNode node, String key, List<JsonNode> out) {
    if (node.isObject()) {
      JsonNode child = node.get(key);
      if (child != null && !child.isMissingNode()) {
        out.add(child);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        if (element.isObject()) {
          step(element, key, out);
        }
      }
    }
  }
}
