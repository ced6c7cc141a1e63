package org.civicbroker.broker.scaleout.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
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
import java.util.Base64;
import java.util.Map;

/**
 * The wire form of a JSON value (an attribute's value, a language map, a GeoJSON geometry, a
 * {@code @context}): the value itself wherever parsing its JSON text with Jackson's default number
 * handling gives back the same node class and value, and a <em>tagged</em> object {@code {"$": tag,
 * "v": payload}} wherever it would not:
 *
 * <table>
 *   <caption>Tags</caption>
 *   <tr><th>tag</th><th>node</th><th>payload</th></tr>
 *   <tr><td>{@code dec}</td><td>DecimalNode (any)</td><td>{@link BigDecimal#toString()}, scale
 *       kept</td></tr>
 *   <tr><td>{@code f}</td><td>FloatNode (any)</td><td>{@link Float#toString(float)}</td></tr>
 *   <tr><td>{@code d}</td><td>DoubleNode that is NaN, infinite or -0.0</td><td>{@link
 *       Double#toString(double)}</td></tr>
 *   <tr><td>{@code s}</td><td>ShortNode (any)</td><td>decimal digits</td></tr>
 *   <tr><td>{@code l}</td><td>LongNode in the int range</td><td>decimal digits</td></tr>
 *   <tr><td>{@code bi}</td><td>BigIntegerNode in the long range</td><td>decimal digits</td></tr>
 *   <tr><td>{@code bin}</td><td>BinaryNode</td><td>Base64</td></tr>
 *   <tr><td>{@code o}</td><td>an object that has a member named {@code $} itself</td><td>the
 *       object, its members' values in wire form</td></tr>
 * </table>
 *
 * <p>Tagged payloads are strings, read back with the node type's own parser, so they do not depend
 * on how the JSON parser treats numbers. Untagged numbers are those of the classes a default
 * Jackson parser gives back: IntNode, LongNode beyond the int range, BigIntegerNode beyond the long
 * range, and finite DoubleNode other than -0.0 (Jackson writes a double with a fraction or an
 * exponent, {@code 5.0} or {@code 1.0E22}, so an integral double comes back a double). {@link
 * #decode(JsonNode)} gives an untagged number that class by its value, so a tree parsed with other
 * number settings (big decimals for floats, longs or big integers for ints) decodes the same. Other
 * nodes (strings, booleans, null, arrays, objects in member order) are written as they are. A
 * POJONode or MissingNode is no JSON value and is refused.
 */
public final class WireValues {
  /** The member that marks a tagged value. */
  public static final String TAG = "$";

  /** The member holding a tagged value's payload. */
  public static final String PAYLOAD = "v";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private WireValues() {}

  /** The wire form of a JSON value. */
  public static JsonNode encode(JsonNode value) {
    return switch (value.getNodeType()) {
      case OBJECT -> encodeObject((ObjectNode) value);
      case ARRAY -> encodeArray(value);
      case NUMBER -> encodeNumber(value);
      case BINARY ->
          tagged("bin", Base64.getEncoder().encodeToString(((BinaryNode) value).binaryValue()));
      case STRING, BOOLEAN, NULL -> value;
      case POJO, MISSING ->
          throw new IllegalArgumentException("Not a JSON value: " + value.getNodeType());
    };
  }

  /** The JSON value of a wire form; {@link IllegalArgumentException} on an unknown tag. */
  public static JsonNode decode(JsonNode wire) {
    return switch (wire.getNodeType()) {
      case OBJECT -> wire.has(TAG) ? decodeTagged(wire) : decodeMembers(wire);
      case ARRAY -> decodeArray(wire);
      case NUMBER -> canonical(wire);
      case STRING, BOOLEAN, NULL -> wire;
      case BINARY, POJO, MISSING ->
          throw new IllegalArgumentException("Not a wire value: " + wire.getNodeType());
    };
  }

  private static JsonNode encodeObject(ObjectNode value) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      out.set(member.getKey(), encode(member.getValue()));
    }
    return value.has(TAG) ? NODES.objectNode().put(TAG, "o").set(PAYLOAD, out) : out;
  }

  private static ArrayNode encodeArray(JsonNode value) {
    ArrayNode out = NODES.arrayNode(value.size());
    value.forEach(element -> out.add(encode(element)));
    return out;
  }

  private static JsonNode encodeNumber(JsonNode value) {
    if (value instanceof DecimalNode) {
      return tagged("dec", value.decimalValue().toString());
    } else if (value instanceof FloatNode) {
      return tagged("f", Float.toString(value.floatValue()));
    } else if (value instanceof ShortNode) {
      return tagged("s", value.asText());
    } else if (value instanceof DoubleNode && !plainDouble(value.doubleValue())) {
      return tagged("d", Double.toString(value.doubleValue()));
    } else if (value instanceof LongNode && value.canConvertToInt()) {
      return tagged("l", value.asText());
    } else if (value instanceof BigIntegerNode && value.canConvertToLong()) {
      return tagged("bi", value.asText());
    }
    return value;
  }

  /** Whether JSON text gives the double back with any number parsing: finite, not -0.0. */
  private static boolean plainDouble(double value) {
    return Double.isFinite(value) && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO;
  }

  private static ObjectNode tagged(String tag, String payload) {
    return NODES.objectNode().put(TAG, tag).put(PAYLOAD, payload);
  }

  private static JsonNode decodeTagged(JsonNode wire) {
    String tag = wire.path(TAG).asText();
    JsonNode payload = wire.path(PAYLOAD);
    if (tag.equals("o") && payload.isObject()) {
      return decodeMembers(payload);
    }
    if (!payload.isTextual()) {
      throw new IllegalArgumentException("Tagged wire value without a text payload: " + wire);
    }
    String text = payload.textValue();
    try {
      return switch (tag) {
        case "dec" -> DecimalNode.valueOf(new BigDecimal(text));
        case "f" -> FloatNode.valueOf(Float.parseFloat(text));
        case "d" -> DoubleNode.valueOf(Double.parseDouble(text));
        case "s" -> ShortNode.valueOf(Short.parseShort(text));
        case "l" -> LongNode.valueOf(Long.parseLong(text));
        case "bi" -> BigIntegerNode.valueOf(new BigInteger(text));
        case "bin" -> BinaryNode.valueOf(Base64.getDecoder().decode(text));
        default -> throw new IllegalArgumentException("Unknown wire value tag: " + wire);
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Malformed tagged wire value: " + wire, e);
    }
  }

  private static ObjectNode decodeMembers(JsonNode wire) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> member : wire.properties()) {
      out.set(member.getKey(), decode(member.getValue()));
    }
    return out;
  }

  private static ArrayNode decodeArray(JsonNode wire) {
    ArrayNode out = NODES.arrayNode(wire.size());
    wire.forEach(element -> out.add(decode(element)));
    return out;
  }

  /** The node class an untagged number was written from (see the class comment). */
  private static JsonNode canonical(JsonNode number) {
    if (!number.isIntegralNumber()) {
      return number instanceof DoubleNode ? number : DoubleNode.valueOf(number.doubleValue());
    } else if (number.canConvertToInt()) {
      return number instanceof IntNode ? number : IntNode.valueOf(number.intValue());
    }
    BigInteger value = number.bigIntegerValue();
    if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      return number instanceof LongNode ? number : LongNode.valueOf(value.longValueExact());
    }
    return number instanceof BigIntegerNode ? number : BigIntegerNode.valueOf(value);
  }
}
