package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigInteger;
import java.util.Map;

/** Converts between Jackson trees (the broker's) and Jakarta JSON values (Titanium's). */
final class JakartaJson {
  private static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JakartaJson() {}

  static JsonValue toJakarta(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return JsonValue.NULL;
    }
    if (node.isObject()) {
      JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        builder.add(entry.getKey(), toJakarta(entry.getValue()));
      }
      return builder.build();
    }
    if (node.isArray()) {
      JsonArrayBuilder builder = PROVIDER.createArrayBuilder();
      node.forEach(item -> builder.add(toJakarta(item)));
      return builder.build();
    }
    if (node.isTextual()) {
      return PROVIDER.createValue(node.textValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (node.isIntegralNumber()) {
      return PROVIDER.createValue(node.bigIntegerValue());
    }
    if (node.isNumber()) {
      return PROVIDER.createValue(node.decimalValue());
    }
    return PROVIDER.createValue(node.asText());
  }

  /** Numbers as Jackson's default parsing makes them: int, long, BigInteger or double. */
  private static JsonNode number(JsonNumber number) {
    if (!number.isIntegral()) {
      return NODES.numberNode(number.doubleValue());
    }
    BigInteger big = number.bigIntegerValue();
    if (big.bitLength() < Integer.SIZE) {
      return NODES.numberNode(big.intValue());
    }
    return big.bitLength() < Long.SIZE ? NODES.numberNode(big.longValue()) : NODES.numberNode(big);
  }

  static JsonNode toJackson(JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT:
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
          object.set(entry.getKey(), toJackson(entry.getValue()));
        }
        return object;
      case ARRAY:
        ArrayNode array = NODES.arrayNode();
        ((JsonArray) value).forEach(item -> array.add(toJackson(item)));
        return array;
      case STRING:
        return NODES.textNode(((JsonString) value).getString());
      case NUMBER:
        return number((JsonNumber) value);
      case TRUE:
        return NODES.booleanNode(true);
      case FALSE:
        return NODES.booleanNode(false);
      default:
        return NODES.nullNode();
    }
  }
}
