package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;
import org.civicbroker.model.geojson.GeoJsonGeometry;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Reads the value member of each attribute type (GS CIM 009 clauses 4.5.2 - 4.5.24) into an
 * attribute with empty metadata; the caller adds the metadata.
 */
final class ValueReader {
  private static final Set<String> DATE_TIME_TYPES =
      Set.of("DateTime", "https://uri.etsi.org/ngsi-ld/DateTime");
  private static final Set<String> DATE_TYPES = Set.of("Date", "https://uri.etsi.org/ngsi-ld/Date");
  private static final Set<String> TIME_TYPES = Set.of("Time", "https://uri.etsi.org/ngsi-ld/Time");

  private final LdContext ctx;

  ValueReader(LdContext ctx) {
    this.ctx = ctx;
  }

  /** Reads {@code valueNode}, the value member of {@code type}; {@code o} is the attribute. */
  Attribute read(String where, AttributeType type, JsonNode valueNode, ObjectNode o) {
    return switch (type) {
      case PROPERTY -> property(where, valueNode);
      case GEO_PROPERTY -> new GeoProperty(GeoJsonGeometry.validate(valueNode, where), null);
      case RELATIONSHIP -> new Relationship(objects(where, valueNode), objectTypes(where, o), null);
      case LANGUAGE_PROPERTY -> new LanguageProperty(languageMap(where, valueNode), null);
      case VOCAB_PROPERTY -> new VocabProperty(vocab(where, valueNode), null);
      case LIST_PROPERTY -> new ListProperty(valueList(where, valueNode), null);
      case LIST_RELATIONSHIP ->
          new ListRelationship(objectList(where, valueNode), objectTypes(where, o), null);
      case JSON_PROPERTY -> json(where, valueNode);
    };
  }

  /** A Property value: any non-null JSON; JSON-LD value objects with a checked {@code @value}. */
  Property property(String where, JsonNode value) {
    if (value == null || value.isNull()) {
      throw Shape.bad(where, "Property must have a non-null 'value'");
    }
    if (value.isObject() && value.has("@value")) {
      typedValue(where, (ObjectNode) value);
    }
    return new Property(value.deepCopy(), null);
  }

  private static void typedValue(String where, ObjectNode v) {
    JsonNode literal = v.get("@value");
    JsonNode type = v.get("@type");
    if (literal.isNull() && !(type != null && "@json".equals(type.asText()))) {
      throw Shape.bad(where, "'@value' must not be null");
    }
    if (type == null || !type.isTextual()) {
      return;
    }
    String t = type.asText();
    String text = literal.asText();
    boolean ok =
        (!DATE_TIME_TYPES.contains(t) || (literal.isTextual() && DateTimes.parse(text).isPresent()))
            && (!DATE_TYPES.contains(t) || (literal.isTextual() && DateTimes.isDate(text)))
            && (!TIME_TYPES.contains(t) || (literal.isTextual() && DateTimes.isTime(text)));
    if (!ok) {
      throw Shape.bad(where, "'@value' is not a valid " + t + ": " + literal);
    }
  }

  private static List<String> objects(String where, JsonNode node) {
    List<String> result = new ArrayList<>();
    if (node.isTextual()) {
      result.add(uri(where, node, "object"));
    } else if (node.isArray() && !node.isEmpty()) {
      node.forEach(n -> result.add(uri(where, n, "object")));
    } else {
      throw Shape.bad(where, "Relationship 'object' must be a URI or a non-empty array of URIs");
    }
    return result;
  }

  private List<String> objectTypes(String where, ObjectNode o) {
    JsonNode node = o.get(Members.OBJECT_TYPE);
    if (node == null || Members.isNgsiLdNull(node) || node.isNull()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    if (node.isTextual()) {
      result.add(type(where, node));
    } else if (node.isArray() && !node.isEmpty()) {
      node.forEach(n -> result.add(type(where, n)));
    } else {
      throw Shape.bad(where, "'objectType' must be a type name or a non-empty array of them");
    }
    return result;
  }

  private String type(String where, JsonNode n) {
    if (!n.isTextual() || !Names.isValid(n.asText())) {
      throw Shape.bad(where, "invalid 'objectType' " + n);
    }
    return Expansions.iri(ctx.expandType(n.asText()), n.asText(), "objectType", ctx::compactType);
  }

  private static ObjectNode languageMap(String where, JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      throw Shape.bad(where, "LanguageProperty 'languageMap' must be a non-empty JSON object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!LanguageTags.isValid(e.getKey())) {
        throw Shape.bad(where, "invalid language tag '" + e.getKey() + "' in 'languageMap'");
      }
      if (!isStringOrStrings(e.getValue())) {
        throw Shape.bad(
            where, "'languageMap' values must be strings or arrays of strings: " + e.getKey());
      }
    }
    return ((ObjectNode) node).deepCopy();
  }

  private static boolean isStringOrStrings(JsonNode v) {
    if (v.isTextual()) {
      return true;
    }
    if (!v.isArray() || v.isEmpty()) {
      return false;
    }
    for (JsonNode n : v) {
      if (!n.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private List<String> vocab(String where, JsonNode node) {
    if (!isStringOrStrings(node)) {
      throw Shape.bad(where, "VocabProperty 'vocab' must be a string or an array of strings");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode n : node.isArray() ? node : List.of(node)) {
      if (!Names.isValid(n.asText())) {
        throw Shape.bad(where, "invalid 'vocab' term " + n);
      }
      result.add(
          Expansions.iri(ctx.expandVocab(n.asText()), n.asText(), "vocab", ctx::compactVocab));
    }
    return result;
  }

  private static ArrayNode valueList(String where, JsonNode node) {
    if (!node.isArray()) {
      throw Shape.bad(where, "ListProperty 'valueList' must be an array");
    }
    for (JsonNode n : node) {
      if (n.isNull()) {
        throw Shape.bad(where, "ListProperty 'valueList' must not contain null");
      }
    }
    return ((ArrayNode) node).deepCopy();
  }

  private static List<String> objectList(String where, JsonNode node) {
    if (!node.isArray()) {
      throw Shape.bad(where, "ListRelationship 'objectList' must be an array");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode n : node) {
      JsonNode target = n.isObject() && n.size() == 1 ? n.get(Members.OBJECT) : n;
      if (target == null) {
        throw Shape.bad(where, "'objectList' items must be URIs or {\"object\": URI}: " + n);
      }
      result.add(uri(where, target, "objectList"));
    }
    return result;
  }

  private static JsonProperty json(String where, JsonNode node) {
    if (node.isNull()) {
      throw Shape.bad(where, "JsonProperty must have a non-null 'json'");
    }
    return new JsonProperty(node.deepCopy(), null);
  }

  private static String uri(String where, JsonNode n, String member) {
    if (!n.isTextual() || !Uris.isAbsolute(n.asText())) {
      throw Shape.bad(where, "'" + member + "' must hold URIs, got " + n);
    }
    return n.asText();
  }
}
