package org.civicbroker.broker.entity.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;
import org.civicbroker.model.id.EntityId;

/**
 * Entities at the corners of the model that the fixture files cannot express: every Jackson number
 * class and their extremes, unpaired surrogates, null versus empty members, instants at the ends of
 * their range, empty types and instance lists, deep sub-attributes.
 */
final class EdgeCaseEntities {
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
  private static final String EX = "https://example.org/";

  private EdgeCaseEntities() {}

  static List<Entity> all() {
    return List.of(bare(), numbers(), strings(), instants(), metaCorners(), deepSubAttributes());
  }

  /** No types, scopes, timestamps or attributes. */
  static Entity bare() {
    return new Entity(EntityId.of("urn:x:bare"), List.of(), null, null, null, null);
  }

  static Entity numbers() {
    ArrayNode a = JSON.arrayNode();
    a.add(IntNode.valueOf(Integer.MIN_VALUE)).add(IntNode.valueOf(Integer.MAX_VALUE));
    a.add(IntNode.valueOf(0)).add(IntNode.valueOf(-1));
    a.add(LongNode.valueOf(Long.MIN_VALUE)).add(LongNode.valueOf(Long.MAX_VALUE));
    a.add(LongNode.valueOf(1)).add(ShortNode.valueOf(Short.MIN_VALUE));
    a.add(ShortNode.valueOf((short) 7)).add(BigIntegerNode.valueOf(BigInteger.ZERO));
    a.add(BigIntegerNode.valueOf(BigInteger.ONE.shiftLeft(200).negate()));
    for (double d : new double[] {0.0, -0.0, Double.NaN, Double.MIN_VALUE, -1e308, 0.1}) {
      a.add(DoubleNode.valueOf(d));
    }
    a.add(DoubleNode.valueOf(Double.POSITIVE_INFINITY));
    a.add(DoubleNode.valueOf(Double.longBitsToDouble(0x7ff8000000000123L))); // another NaN
    for (float f : new float[] {0f, -0f, Float.NaN, 1.5f, Float.MAX_VALUE}) {
      a.add(FloatNode.valueOf(f));
    }
    for (String d : new String[] {"1.50", "1.5", "0", "-0.00", "1E+5", "1E-400", "123.4560"}) {
      a.add(DecimalNode.valueOf(new BigDecimal(d)));
    }
    a.add(DecimalNode.valueOf(new BigDecimal(BigInteger.TEN.pow(50), Integer.MIN_VALUE + 1)));
    return entity("numbers", Map.of(EX + "numbers", List.of(new Property(a, null))));
  }

  static Entity strings() {
    ObjectNode o = JSON.objectNode();
    o.put("", "");
    o.put("\uD800", "lone high");
    o.put("lone low", "\uDC00x");
    o.put("reversed pair", "\uDC00\uD800");
    o.put("pair", "\uD83D\uDE00 \uD83D");
    o.put("nul", "a\u0000b");
    o.put("bmp edge", "\uFFFF\uFFFE\u0800\u07FF\u0080\u007F");
    o.put("ed", "\uD7FF\uE000"); // UTF-8 lead byte 0xED, not a surrogate
    o.put("long", "é".repeat(5000));
    Map<String, List<Attribute>> attrs = new LinkedHashMap<>();
    attrs.put(EX + "strings", List.of(new Property(o, null)));
    attrs.put(EX + "surrogate\uDBFFname", List.of(new Property(JSON.textNode("\uDFFF"), null)));
    attrs.put(EX + "empty", List.of());
    return new Entity(
        EntityId.of("urn:x:strings:\uD83D\uDE00"),
        List.of(EX + "T\uD800"),
        List.of("/\u0000", "", "/Äreas"),
        Attributes.of(attrs),
        null,
        null);
  }

  static Entity instants() {
    Instant[] values = {
      Instant.EPOCH,
      Instant.MIN,
      Instant.MAX,
      Instant.ofEpochSecond(-1, 1),
      Instant.parse("2024-03-01T08:00:00.123456Z"),
      Instant.parse("2024-03-01T08:00:00.123456789Z"),
      Instant.parse("2024-03-01T08:00:00.1Z"),
      Instant.parse("1969-12-31T23:59:59.999999Z")
    };
    Map<String, List<Attribute>> attrs = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      Instant v = values[i];
      AttributeMeta meta = new AttributeMeta(null, v, null, v, values[values.length - 1 - i], null);
      attrs.put(EX + "at" + i, List.of(new Property(JSON.numberNode(i), meta)));
    }
    return new Entity(
        EntityId.of("urn:x:instants"),
        List.of(EX + "T"),
        null,
        Attributes.of(attrs),
        Instant.MIN,
        Instant.MAX);
  }

  /** Empty strings are not nulls; empty lists of objects, types and vocab terms. */
  static Entity metaCorners() {
    AttributeMeta empties = new AttributeMeta("", null, "", null, null, null);
    Map<String, List<Attribute>> attrs = new LinkedHashMap<>();
    attrs.put(EX + "z", List.of(new Property(JSON.nullNode(), empties)));
    attrs.put(EX + "a", List.of(new Relationship(List.of(), List.of(), null)));
    attrs.put(EX + "geo", List.of(new GeoProperty(JSON.objectNode(), empties)));
    attrs.put(EX + "lang", List.of(new LanguageProperty(JSON.objectNode(), null)));
    attrs.put(EX + "vocab", List.of(new VocabProperty(List.of(), null)));
    attrs.put(EX + "list", List.of(new ListProperty(JSON.arrayNode(), null)));
    attrs.put(
        EX + "listRel",
        List.of(
            new ListRelationship(List.of("urn:a", "urn:a"), List.of(EX + "T", EX + "U"), null)));
    attrs.put(EX + "json", List.of(new JsonProperty(JSON.booleanNode(false), null)));
    attrs.put(
        EX + "multi",
        List.of(
            new Property(JSON.textNode("default"), null),
            new Property(JSON.textNode("b"), AttributeMeta.EMPTY.withDatasetId("urn:ds:b")),
            new Property(JSON.textNode("a"), AttributeMeta.EMPTY.withDatasetId("urn:ds:a"))));
    return entity("meta", attrs);
  }

  /** Sub-attributes four levels deep, of every kind, in an order that is not sorted. */
  static Entity deepSubAttributes() {
    Attributes level = Attributes.EMPTY;
    for (int depth = 4; depth > 0; depth--) {
      Map<String, List<Attribute>> sub = new LinkedHashMap<>();
      AttributeMeta meta = AttributeMeta.EMPTY.withSubAttributes(level);
      sub.put(EX + "z" + depth, List.of(new Property(JSON.numberNode(depth), meta)));
      sub.put(EX + "rel", List.of(new Relationship(List.of("urn:o:" + depth), List.of(), null)));
      sub.put(EX + "json", List.of(new JsonProperty(json(depth), null)));
      level = Attributes.of(sub);
    }
    AttributeMeta top = new AttributeMeta("urn:ds:1", null, "CEL", null, null, level);
    return entity("deep", Map.of(EX + "top", List.of(new Property(JSON.textNode("t"), top))));
  }

  private static JsonNode json(int depth) {
    JsonNode node = JSON.textNode("leaf");
    for (int i = 0; i < depth * 30; i++) {
      node = i % 2 == 0 ? JSON.arrayNode().add(node) : JSON.objectNode().set("k" + i, node);
    }
    return node;
  }

  private static Entity entity(String name, Map<String, List<Attribute>> attrs) {
    return new Entity(
        EntityId.of("urn:x:" + name),
        List.of(EX + "T"),
        List.of(),
        Attributes.of(attrs),
        Instant.parse("2024-03-01T08:00:00.123456Z"),
        null);
  }
}
