package org.civicbroker.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Deterministic structural and textual mutations of JSON payloads, for the fuzz test: removed and
 * renamed members, values of the wrong kind, NGSI-LD nulls, odd names, deep nesting, broken text.
 */
final class PayloadMutator {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] ODD_KEYS = {
    "",
    " ",
    "a.b",
    "$where",
    "@type",
    "@id",
    "id",
    "type",
    "value",
    "<script>",
    "na=me",
    "x;y",
    "émoji😀",
    "urn:ngsi-ld:null",
    "https://example.org/x y",
    "createdAt",
    "\u0000",
    "(",
    "q\"uote"
  };

  private final Random random;

  PayloadMutator(long seed) {
    this.random = new Random(seed);
  }

  /** The payload text after one to three mutations. */
  String mutate(ObjectNode seed) {
    ObjectNode copy = seed.deepCopy();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      mutateSomewhere(copy);
    }
    String text = copy.toString();
    return random.nextInt(20) == 0 ? breakText(text) : text;
  }

  private void mutateSomewhere(ObjectNode root) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> keys = new ArrayList<>();
    target.fieldNames().forEachRemaining(keys::add);
    String key = keys.isEmpty() ? "k" : keys.get(random.nextInt(keys.size()));
    switch (random.nextInt(6)) {
      case 0 -> target.remove(key);
      case 1 -> target.set(key, oddValue());
      case 2 -> rename(target, key, ODD_KEYS[random.nextInt(ODD_KEYS.length)]);
      case 3 ->
          target.set(
              key, F.arrayNode().add(target.get(key) == null ? F.nullNode() : target.get(key)));
      case 4 -> target.set(key, deep(20 + random.nextInt(100)));
      default -> target.set(ODD_KEYS[random.nextInt(ODD_KEYS.length)], oddValue());
    }
  }

  private JsonNode oddValue() {
    return switch (random.nextInt(12)) {
      case 0 -> F.nullNode();
      case 1 -> F.textNode("urn:ngsi-ld:null");
      case 2 -> F.numberNode(new java.math.BigDecimal("1e400"));
      case 3 -> F.numberNode(-random.nextLong());
      case 4 -> F.textNode("");
      case 5 -> F.textNode("x".repeat(random.nextInt(5000)));
      case 6 -> F.booleanNode(random.nextBoolean());
      case 7 -> F.objectNode();
      case 8 -> F.arrayNode();
      case 9 ->
          F.objectNode().put("type", "Point").set("coordinates", F.arrayNode().add(999).add("a"));
      case 10 -> F.textNode("2024-13-45T99:00:00Z");
      default -> F.objectNode().put("type", "Relationship").put("object", "not a uri");
    };
  }

  private JsonNode deep(int depth) {
    JsonNode node = F.textNode("bottom");
    for (int i = 0; i < depth; i++) {
      node = random.nextBoolean() ? F.objectNode().set("d", node) : F.arrayNode().add(node);
    }
    return node;
  }

  private void rename(ObjectNode target, String from, String to) {
    JsonNode value = target.remove(from);
    target.set(to, value == null ? F.nullNode() : value);
  }

  private String breakText(String text) {
    int at = random.nextInt(Math.max(1, text.length()));
    return switch (random.nextInt(3)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(0, at) + "\"," + text.substring(at);
      default -> text.replaceFirst("\\{", "{\"dup\":1,\"dup\":2,");
    };
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode object) {
      into.add(object);
    }
    if (node instanceof ObjectNode || node instanceof ArrayNode) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), into);
      }
    }
  }
}
