package org.civicbroker.model.representation.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Random attribute values. Keys inside Property values ({@code kA} ... {@code kD}) are never
 * defined by a generated context, so JSON-LD expands them with the default vocabulary (see {@link
 * Normalization}). Property values hold no nested arrays (JSON-LD would flatten them).
 */
final class Values {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final List<String> KEYS = List.of("kA", "kB", "kC", "kD");
  private static final List<String> LANGUAGES = List.of("en", "fr", "de-CH", "@none");

  private final Random r;

  Values(Random r) {
    this.r = r;
  }

  JsonNode scalar() {
    return switch (r.nextInt(4)) {
      case 0 -> F.numberNode(r.nextInt(2000) - 1000);
      case 1 -> F.numberNode(BigDecimal.valueOf(r.nextInt(2_000_000) - 1_000_000, 3).doubleValue());
      case 2 -> F.textNode(text());
      default -> F.booleanNode(r.nextBoolean());
    };
  }

  String text() {
    StringBuilder s = new StringBuilder();
    int length = r.nextInt(8);
    for (int i = 0; i < length; i++) {
      s.append("abcxyz é".charAt(r.nextInt(8)));
    }
    return s.toString();
  }

  /** A Property value: a scalar, an array of scalars, an object, or a JSON-LD value object. */
  JsonNode property() {
    return switch (r.nextInt(6)) {
      case 0, 1 -> scalar();
      case 2 -> scalars(r.nextInt(4));
      case 3, 4 -> object(false);
      default -> F.objectNode().set("@value", scalar());
    };
  }

  ArrayNode scalars(int count) {
    ArrayNode a = F.arrayNode();
    for (int i = 0; i < count; i++) {
      a.add(scalar());
    }
    return a;
  }

  /** An object of one to three members; {@code withNulls}: some may be null (JsonProperty). */
  ObjectNode object(boolean withNulls) {
    ObjectNode o = F.objectNode();
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      String key = NamePool.one(r, KEYS);
      int roll = r.nextInt(6);
      o.set(
          key,
          roll == 0 ? scalars(1 + r.nextInt(2)) : roll == 1 && withNulls ? F.nullNode() : scalar());
    }
    return o;
  }

  /**
   * A JsonProperty value; never an empty array, which Titanium 1.6.0 drops when it compacts a JSON
   * literal (JSON-LD keeps it).
   */
  JsonNode json() {
    return r.nextInt(3) == 0 ? scalars(1 + r.nextInt(2)) : object(true);
  }

  ObjectNode geometry() {
    ObjectNode g = F.objectNode();
    switch (r.nextInt(3)) {
      case 0 -> {
        g.put("type", "Point");
        g.set("coordinates", point());
      }
      case 1 -> {
        g.put("type", "LineString");
        g.set("coordinates", F.arrayNode().add(point()).add(point()));
      }
      default -> {
        g.put("type", "Polygon");
        ArrayNode ring = F.arrayNode().add(F.arrayNode().add(0).add(0));
        ring.add(F.arrayNode().add(1).add(0)).add(F.arrayNode().add(1).add(1));
        ring.add(F.arrayNode().add(0).add(0));
        g.set("coordinates", F.arrayNode().add(ring));
      }
    }
    return g;
  }

  private ArrayNode point() {
    return F.arrayNode()
        .add(BigDecimal.valueOf(r.nextInt(360_000) - 180_000, 3).doubleValue())
        .add(BigDecimal.valueOf(r.nextInt(180_000) - 90_000, 3).doubleValue());
  }

  ObjectNode languageMap() {
    ObjectNode m = F.objectNode();
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      String language = NamePool.one(r, LANGUAGES);
      if (r.nextInt(4) == 0) {
        m.set(language, F.arrayNode().add(text()).add(text()));
      } else {
        m.put(language, text());
      }
    }
    return m;
  }

  ArrayNode list() {
    return scalars(r.nextInt(4));
  }

  ArrayNode objectList() {
    ArrayNode list = F.arrayNode();
    int count = 1 + r.nextInt(2);
    for (int i = 0; i < count; i++) {
      list.addObject().put("object", uri() + i);
    }
    return list;
  }

  String uri() {
    return "urn:ngsi-ld:Other:" + r.nextInt(100);
  }
}
