package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.geojson.GeoJsonGeometry;

/**
 * How a JSON object given as an attribute is to be read: the normalized form (explicit {@code
 * type}) or the concise form (GS CIM 009 clause 4.5.x "Concise representation"), where the type is
 * inferred from the members present:
 *
 * <ul>
 *   <li>{@code value} - Property; GeoProperty when the value is a GeoJSON geometry;
 *   <li>{@code object} - Relationship; {@code objectList} - ListRelationship;
 *   <li>{@code languageMap} - LanguageProperty; {@code vocab} - VocabProperty;
 *   <li>{@code valueList} - ListProperty; {@code json} - JsonProperty;
 *   <li>a GeoJSON geometry ({@code type} Point, Polygon, ...) - GeoProperty with that value;
 *   <li>a JSON-LD value object ({@code @value}) - Property with that typed value;
 *   <li>any other object without attribute members - Property whose value is the object.
 * </ul>
 *
 * An object with attribute members ({@code observedAt}, {@code datasetId}, ...) but no value member
 * has a null type: complete attributes reject it, patches accept it.
 *
 * @param type the attribute type; null when a patch gives no value member
 * @param kind how the object holds the value
 */
record Shape(AttributeType type, Kind kind) {

  enum Kind {
    /** Members: type-specific value member, metadata, sub-attributes. */
    MEMBERS,
    /** The whole object is a GeoJSON geometry (concise GeoProperty). */
    BARE_GEOMETRY,
    /** The whole object is the value of a concise Property. */
    BARE_VALUE
  }

  /** Determines the shape of an attribute object; {@code where} names it for errors. */
  static Shape of(String where, ObjectNode o) {
    if (o.has("@value")) {
      return new Shape(AttributeType.PROPERTY, Kind.BARE_VALUE);
    }
    JsonNode type = typeMember(where, o);
    if (type != null) {
      return explicit(where, o, type);
    }
    List<String> keys = valueKeys(o);
    if (keys.size() > 1) {
      throw bad(
          where,
          "ambiguous attribute: it has both '" + keys.get(0) + "' and '" + keys.get(1) + "'");
    }
    if (keys.size() == 1) {
      return new Shape(inferred(keys.get(0), o), Kind.MEMBERS);
    }
    return hasAttributeMembers(o)
        ? new Shape(null, Kind.MEMBERS)
        : new Shape(AttributeType.PROPERTY, Kind.BARE_VALUE);
  }

  private static Shape explicit(String where, ObjectNode o, JsonNode type) {
    Optional<AttributeType> t = type.isTextual() ? typeOf(type.asText()) : Optional.empty();
    if (t.isPresent()) {
      return new Shape(t.get(), Kind.MEMBERS);
    }
    if (GeoJsonGeometry.looksLikeGeometry(o)) {
      return new Shape(AttributeType.GEO_PROPERTY, Kind.BARE_GEOMETRY);
    }
    if (valueKeys(o).isEmpty() && !hasAttributeMembers(o)) {
      return new Shape(AttributeType.PROPERTY, Kind.BARE_VALUE);
    }
    throw bad(where, "unknown attribute type " + type);
  }

  /** The attribute type for a term, its expanded IRI, or the alias {@code VocabularyProperty}. */
  static Optional<AttributeType> typeOf(String term) {
    if ("VocabularyProperty".equals(term)
        || "https://uri.etsi.org/ngsi-ld/VocabularyProperty".equals(term)) {
      return Optional.of(AttributeType.VOCAB_PROPERTY);
    }
    return AttributeType.of(term);
  }

  private static JsonNode typeMember(String where, ObjectNode o) {
    if (o.has("type") && o.has("@type")) {
      throw bad(where, "both 'type' and '@type' given");
    }
    return o.has("type") ? o.get("type") : o.get("@type");
  }

  private static AttributeType inferred(String key, ObjectNode o) {
    return switch (key) {
      case Members.VALUE ->
          GeoJsonGeometry.looksLikeGeometry(o.get(Members.VALUE))
              ? AttributeType.GEO_PROPERTY
              : AttributeType.PROPERTY;
      case Members.OBJECT -> AttributeType.RELATIONSHIP;
      case Members.OBJECT_LIST -> AttributeType.LIST_RELATIONSHIP;
      case Members.LANGUAGE_MAP -> AttributeType.LANGUAGE_PROPERTY;
      case Members.VOCAB -> AttributeType.VOCAB_PROPERTY;
      case Members.VALUE_LIST -> AttributeType.LIST_PROPERTY;
      default -> AttributeType.JSON_PROPERTY;
    };
  }

  private static List<String> valueKeys(ObjectNode o) {
    List<String> keys = new ArrayList<>();
    o.fieldNames()
        .forEachRemaining(
            k -> {
              if (Members.VALUE_KEYS.contains(k)) {
                keys.add(k);
              }
            });
    return keys;
  }

  private static boolean hasAttributeMembers(ObjectNode o) {
    for (String m :
        List.of(
            Members.OBSERVED_AT,
            Members.UNIT_CODE,
            Members.DATASET_ID,
            Members.OBJECT_TYPE,
            Members.CREATED_AT,
            Members.MODIFIED_AT,
            Members.INSTANCE_ID)) {
      if (o.has(m)) {
        return true;
      }
    }
    return false;
  }

  static NgsiLdException bad(String where, String message) {
    return NgsiLdException.badData(where + ": " + message);
  }
}
