package org.civicbroker.broker.entity.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * JSON values as one tag byte and a body, keeping the exact Jackson node class (node equality is
 * class-sensitive): integers as zig-zag varints, doubles and floats as their IEEE bits, big numbers
 * as two's-complement bytes (decimals with their scale), strings in UTF-8, arrays and objects as a
 * count and their members in order (object keys are plain strings).
 */
final class JsonValueCodec {
  static final int NULL = 0;
  static final int TRUE = 1;
  static final int FALSE = 2;
  static final int INT = 3;
  static final int LONG = 4;
  static final int SHORT = 5;
  static final int BIG_INTEGER = 6;
  static final int DOUBLE = 7;
  static final int FLOAT = 8;
  static final int DECIMAL = 9;
  static final int TEXT = 10;
  static final int ARRAY = 11;
  static final int OBJECT = 12;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValueCodec() {}

  static void write(JsonNode node, ByteWriter out) {
    if (node instanceof TextNode) {
      out.writeByte(TEXT);
      out.writeString(node.textValue());
    } else if (node instanceof ObjectNode object) {
      writeObject(object, out);
    } else if (node instanceof ArrayNode array) {
      out.writeByte(ARRAY);
      out.writeVarInt(array.size());
      for (JsonNode element : array) {
        write(element, out);
      }
    } else if (node != null && node.isNumber()) {
      writeNumber(node, out);
    } else if (node instanceof BooleanNode) {
      out.writeByte(node.booleanValue() ? TRUE : FALSE);
    } else if (node instanceof NullNode) {
      out.writeByte(NULL);
    } else {
      throw unsupported(node);
    }
  }

  private static void writeObject(ObjectNode object, ByteWriter out) {
    out.writeByte(OBJECT);
    out.writeVarInt(object.size());
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      out.writeString(member.getKey());
      write(member.getValue(), out);
    }
  }

  private static void writeNumber(JsonNode node, ByteWriter out) {
    if (node instanceof DoubleNode) {
      out.writeByte(DOUBLE);
      out.writeFixed64(Double.doubleToRawLongBits(node.doubleValue()));
    } else if (node instanceof IntNode) {
      writeInteger(INT, node.intValue(), out);
    } else if (node instanceof LongNode) {
      writeInteger(LONG, node.longValue(), out);
    } else if (node instanceof DecimalNode) {
      BigDecimal d = node.decimalValue();
      out.writeByte(DECIMAL);
      out.writeZigZag(d.scale());
      writeBig(d.unscaledValue(), out);
    } else if (node instanceof BigIntegerNode) {
      out.writeByte(BIG_INTEGER);
      writeBig(node.bigIntegerValue(), out);
    } else if (node instanceof ShortNode) {
      writeInteger(SHORT, node.shortValue(), out);
    } else if (node instanceof FloatNode) {
      out.writeByte(FLOAT);
      out.writeFixed32(Float.floatToRawIntBits(node.floatValue()));
    } else {
      throw unsupported(node);
    }
  }

  private static void writeInteger(int tag, long value, ByteWriter out) {
    out.writeByte(tag);
    out.writeZigZag(value);
  }

  private static void writeBig(BigInteger value, ByteWriter out) {
    byte[] bytes = value.toByteArray();
    out.writeVarInt(bytes.length);
    out.writeBytes(bytes);
  }

  private static IllegalArgumentException unsupported(JsonNode node) {
    return new IllegalArgumentException(
        "Cannot encode JSON node of class "
            + (node == null ? "null" : node.getClass().getName())
            + " ("
            + (node == null ? "Java null" : node.getNodeType())
            + ")");
  }

  static JsonNode read(ByteReader in) {
    int tag = in.readByte();
    return switch (tag) {
      case NULL -> NullNode.getInstance();
      case TRUE -> BooleanNode.TRUE;
      case FALSE -> BooleanNode.FALSE;
      case INT -> IntNode.valueOf(intValue(in, Integer.MIN_VALUE, Integer.MAX_VALUE));
      case LONG -> LongNode.valueOf(in.readZigZag());
      case SHORT -> ShortNode.valueOf((short) intValue(in, Short.MIN_VALUE, Short.MAX_VALUE));
      case BIG_INTEGER -> BigIntegerNode.valueOf(readBig(in));
      case DOUBLE -> DoubleNode.valueOf(Double.longBitsToDouble(in.readFixed64()));
      case FLOAT -> FloatNode.valueOf(Float.intBitsToFloat(in.readFixed32()));
      case DECIMAL -> readDecimal(in);
      case TEXT -> TextNode.valueOf(in.readString());
      case ARRAY -> readArray(in);
      case OBJECT -> readObject(in);
      default -> throw in.corrupt("unknown JSON value tag " + tag);
    };
  }

  /** Reads a JSON object where the model requires one (GeoProperty, LanguageProperty). */
  static ObjectNode readObjectNode(ByteReader in) {
    if (read(in) instanceof ObjectNode object) {
      return object;
    }
    throw in.corrupt("expected a JSON object");
  }

  /** Reads a JSON array where the model requires one (ListProperty). */
  static ArrayNode readArrayNode(ByteReader in) {
    if (read(in) instanceof ArrayNode array) {
      return array;
    }
    throw in.corrupt("expected a JSON array");
  }

  private static int intValue(ByteReader in, int min, int max) {
    long v = in.readZigZag();
    if (v < min || v > max) {
      throw in.corrupt("integer " + v + " out of range");
    }
    return (int) v;
  }

  private static BigInteger readBig(ByteReader in) {
    int length = in.readCount();
    if (length == 0) {
      throw in.corrupt("empty big number");
    }
    return new BigInteger(in.readBytes(length));
  }

  private static DecimalNode readDecimal(ByteReader in) {
    long scale = in.readZigZag();
    if (scale < Integer.MIN_VALUE || scale > Integer.MAX_VALUE) {
      throw in.corrupt("decimal scale " + scale + " out of range");
    }
    return DecimalNode.valueOf(new BigDecimal(readBig(in), (int) scale));
  }

  private static ArrayNode readArray(ByteReader in) {
    int size = in.readCount();
    ArrayNode array = NODES.arrayNode(size);
    for (int i = 0; i < size; i++) {
      array.add(read(in));
    }
    return array;
  }

  private static ObjectNode readObject(ByteReader in) {
    int size = in.readCount();
    ObjectNode object = NODES.objectNode();
    for (int i = 0; i < size; i++) {
      String key = in.readString();
      object.set(key, read(in));
    }
    return object;
  }
}
