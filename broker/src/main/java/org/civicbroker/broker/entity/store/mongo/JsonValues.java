package org.civicbroker.broker.entity.store.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Exact conversion of JSON values (Jackson trees) to BSON values and back. Object keys are encoded
 * with {@link FieldNames}; key order is kept. Numbers keep their Jackson type: int -> Int32, long
 * -> Int64, double -> Double, big integers and big decimals -> Decimal128 (exponent 0 means a big
 * integer, any other a decimal), so that MongoDB can still compare them. A big number Decimal128
 * cannot hold exactly (more than 34 digits, a decimal with exponent 0) is stored as a tagged
 * string, {@code {"%i": "123..."}} or {@code {"%d": "1.0E+40"}}; such tags cannot collide with user
 * objects because encoded user keys never have the form {@code %} + letter.
 */
final class JsonValues {
  static final String BIG_INTEGER_TAG = "%i";
  static final String BIG_DECIMAL_TAG = "%d";

  private JsonValues() {}

  /** The BSON value of a JSON value. */
  static Object toBson(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> objectToBson(node);
      case ARRAY -> arrayToBson(node);
      case STRING -> node.textValue();
      case BOOLEAN -> node.booleanValue();
      case NULL -> null;
      case NUMBER -> numberToBson(node);
      default -> throw new IllegalArgumentException("Unsupported JSON node: " + node.getNodeType());
    };
  }

  static Document objectToBson(JsonNode object) {
    Document doc = new Document();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      doc.append(FieldNames.encode(field.getKey()), toBson(field.getValue()));
    }
    return doc;
  }

  static List<Object> arrayToBson(JsonNode array) {
    List<Object> list = new ArrayList<>(array.size());
    array.forEach(element -> list.add(toBson(element)));
    return list;
  }

  private static Object numberToBson(JsonNode node) {
    return switch (node.numberType()) {
      case INT -> node.intValue();
      case LONG -> node.longValue();
      case FLOAT, DOUBLE -> node.doubleValue();
      case BIG_INTEGER -> bigIntegerToBson(node.bigIntegerValue());
      case BIG_DECIMAL -> bigDecimalToBson(node.decimalValue());
    };
  }

  private static Object bigIntegerToBson(BigInteger value) {
    Decimal128 exact = decimal128(new BigDecimal(value));
    return exact != null ? exact : new Document(BIG_INTEGER_TAG, value.toString());
  }

  private static Object bigDecimalToBson(BigDecimal value) {
    Decimal128 exact = value.scale() == 0 ? null : decimal128(value);
    return exact != null ? exact : new Document(BIG_DECIMAL_TAG, value.toString());
  }

  /** The Decimal128 holding exactly this value, or null. */
  private static Decimal128 decimal128(BigDecimal value) {
    try {
      Decimal128 d = new Decimal128(value);
      return d.bigDecimalValue().equals(value) ? d : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** The JSON value of a BSON value written by {@link #toBson}. */
  static JsonNode fromBson(Object value) {
    if (value == null) {
      return NullNode.instance;
    }
    if (value instanceof Document doc) {
      return documentFromBson(doc);
    }
    if (value instanceof List<?> list) {
      return arrayFromBson(list);
    }
    return scalarFromBson(value);
  }

  private static JsonNode documentFromBson(Document doc) {
    if (doc.size() == 1 && doc.get(BIG_INTEGER_TAG) instanceof String s) {
      return BigIntegerNode.valueOf(new BigInteger(s));
    }
    if (doc.size() == 1 && doc.get(BIG_DECIMAL_TAG) instanceof String s) {
      return DecimalNode.valueOf(new BigDecimal(s));
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    doc.forEach((name, member) -> object.set(FieldNames.decode(name), fromBson(member)));
    return object;
  }

  static ArrayNode arrayFromBson(List<?> list) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(list.size());
    list.forEach(element -> array.add(fromBson(element)));
    return array;
  }

  private static JsonNode scalarFromBson(Object value) {
    if (value instanceof String s) {
      return TextNode.valueOf(s);
    }
    if (value instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    if (value instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (value instanceof Long l) {
      return LongNode.valueOf(l);
    }
    if (value instanceof Double d) {
      return DoubleNode.valueOf(d);
    }
    if (value instanceof Decimal128 d) {
      BigDecimal big = d.bigDecimalValue();
      return big.scale() == 0
          ? BigIntegerNode.valueOf(big.toBigIntegerExact())
          : DecimalNode.valueOf(big);
    }
    throw new IllegalArgumentException("Unexpected stored value type: " + value.getClass());
  }
}
