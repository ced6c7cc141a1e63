package org.civicbroker.broker.scaleout.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing the members of the wire layouts (entities here, event envelopes in {@code
 * scaleout}). Readers fail with an {@link IllegalArgumentException} naming the member when it is
 * missing or of the wrong kind; an absent optional member and a JSON null both read as null.
 */
public final class WireFields {
  private WireFields() {}

  public static ObjectNode putText(ObjectNode out, String name, String value) {
    return value == null ? out : out.put(name, value);
  }

  public static ObjectNode putStrings(ObjectNode out, String name, List<String> values) {
    ArrayNode array = out.putArray(name);
    values.forEach(array::add);
    return out;
  }

  /** An instant as {@link Instant#toString()}: every digit of the fraction that is not zero. */
  public static ObjectNode putInstant(ObjectNode out, String name, Instant value) {
    return value == null ? out : out.put(name, value.toString());
  }

  public static JsonNode required(JsonNode wire, String name) {
    JsonNode member = wire.get(name);
    if (member == null || member.isNull()) {
      throw new IllegalArgumentException("Missing wire member: " + name);
    }
    return member;
  }

  public static String text(JsonNode wire, String name) {
    JsonNode member = required(wire, name);
    if (!member.isTextual()) {
      throw new IllegalArgumentException("Wire member is not a string: " + name);
    }
    return member.textValue();
  }

  public static String optionalText(JsonNode wire, String name) {
    JsonNode member = wire.get(name);
    return member == null || member.isNull() ? null : text(wire, name);
  }

  /** An array of strings; absent or null: an empty list. */
  public static List<String> strings(JsonNode member, String name) {
    if (member == null || member.isNull()) {
      return List.of();
    }
    if (!member.isArray()) {
      throw new IllegalArgumentException("Wire member is not an array: " + name);
    }
    List<String> values = new ArrayList<>(member.size());
    for (JsonNode element : member) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException("Wire member is not an array of strings: " + name);
      }
      values.add(element.textValue());
    }
    return values;
  }

  public static Instant instant(JsonNode wire, String name) {
    String text = optionalText(wire, name);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Wire member is not an instant: " + name, e);
    }
  }

  public static ObjectNode object(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("Not a wire " + what + ": " + kind(node));
    }
    return (ObjectNode) node;
  }

  public static ArrayNode array(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("Not a wire valueList: " + kind(node));
    }
    return (ArrayNode) node;
  }

  private static Object kind(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType();
  }
}
