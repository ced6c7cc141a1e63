package org.civicbroker.model.representation.oracle;

import static org.civicbroker.model.representation.oracle.ExpandedForm.HAS_JSON;
import static org.civicbroker.model.representation.oracle.ExpandedForm.HAS_LANGUAGE_MAP;
import static org.civicbroker.model.representation.oracle.ExpandedForm.HAS_VALUE;
import static org.civicbroker.model.representation.oracle.ExpandedForm.HAS_VALUE_LIST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.jsonld.ContextArbitraries;

/**
 * What the oracle comparisons normalize, on both sides alike unless said otherwise. Everything
 * NGSI-LD expands is compared exactly: entity id and types, attribute and sub-attribute names at
 * every level, attribute types, relationship objects, {@code objectType}, {@code vocab} values,
 * {@code observedAt}, {@code unitCode}, {@code datasetId}, scopes, instance order. Normalized:
 *
 * <ol>
 *   <li><b>Value contents are kept verbatim by NGSI-LD.</b> JSON-LD expands the keys inside a
 *       Property value (a node object to JSON-LD) and the GeoJSON members of a GeoProperty value;
 *       an NGSI-LD broker stores them as given. Titanium's expanded value contents are turned back
 *       into plain JSON: {@code @value} objects become their value, {@code @list} objects arrays,
 *       keys in the default vocabulary (or the {@code @vocab} of a scoped context) or the GeoJSON
 *       vocabulary their local names, {@code @type} {@code type}. Exact because generated value
 *       keys are never defined by a context.
 *   <li><b>Arrays of one element</b> are their element, at every depth: JSON-LD expansion wraps
 *       every value in an array, and compaction unwraps them (except under {@code @set} terms).
 *   <li><b>{@code @value} wrappers</b>: {@code {"@value": x}} is {@code x}; a Property value given
 *       as a JSON-LD value object is stored as given, JSON-LD compacts it to its value.
 *   <li><b>Numbers</b> are compared by value (Titanium reads JSON numbers as decimals).
 *   <li><b>Language tags</b> are compared case-insensitively: Titanium lower-cases them, NGSI-LD
 *       keeps them as given (BCP 47 tags are case-insensitive).
 * </ol>
 */
final class Normalization {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String DEFAULT_VOCAB = "https://uri.etsi.org/ngsi-ld/default-context/";
  private static final String GEOJSON = "https://purl.org/geojson/vocab#";
  private static final Set<String> VALUE_CONTENTS =
      Set.of(HAS_VALUE, HAS_VALUE_LIST, HAS_LANGUAGE_MAP, HAS_JSON);
  private static final Set<String> EXPANDED_MEMBERS =
      Set.of(
          "@type",
          ExpandedForm.HAS_OBJECT,
          ExpandedForm.HAS_OBJECT_TYPE,
          ExpandedForm.HAS_VOCAB,
          ExpandedForm.HAS_OBJECT_LIST,
          ExpandedForm.OBSERVED_AT,
          ExpandedForm.UNIT_CODE,
          ExpandedForm.DATASET_ID);
  private static final Set<String> COMPACTED_MEMBERS =
      Set.of(
          "type",
          "value",
          "object",
          "objectType",
          "vocab",
          "valueList",
          "objectList",
          "json",
          "observedAt",
          "unitCode",
          "datasetId");

  private Normalization() {}

  /** An expanded entity node: ours ({@link ExpandedForm}) or Titanium's ({@code titanium}). */
  static ObjectNode expanded(JsonNode entity, boolean titanium) {
    ObjectNode out = F.objectNode();
    for (Map.Entry<String, JsonNode> e : entity.properties()) {
      String key = e.getKey();
      boolean member = key.equals("@id") || key.equals("@type") || key.equals(ExpandedForm.SCOPE);
      out.set(key, member ? e.getValue() : expandedInstances(e.getValue(), titanium));
    }
    return out;
  }

  private static ArrayNode expandedInstances(JsonNode instances, boolean titanium) {
    ArrayNode out = F.arrayNode();
    instances.forEach(i -> out.add(expandedInstance(i, titanium)));
    return out;
  }

  private static ObjectNode expandedInstance(JsonNode instance, boolean titanium) {
    ObjectNode out = F.objectNode();
    for (Map.Entry<String, JsonNode> e : instance.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      if (VALUE_CONTENTS.contains(key)) {
        JsonNode plain = titanium ? unexpand(key, value) : value;
        out.set(key, canon(key.equals(HAS_LANGUAGE_MAP) ? lowerCaseKeys(plain) : plain));
      } else if (EXPANDED_MEMBERS.contains(key)) {
        out.set(key, value);
      } else {
        out.set(key, expandedInstances(value, titanium));
      }
    }
    return out;
  }

  /** Titanium's expanded value contents as plain JSON (item 1). */
  private static JsonNode unexpand(String key, JsonNode value) {
    switch (key) {
      case HAS_JSON:
        return value.get(0).get("@value");
      case HAS_LANGUAGE_MAP:
        ObjectNode map = F.objectNode();
        for (JsonNode item : value) {
          String language = item.has("@language") ? item.get("@language").asText() : "@none";
          JsonNode text = item.get("@value");
          JsonNode earlier = map.get(language);
          if (earlier == null) {
            map.set(language, text);
          } else {
            ArrayNode all = earlier.isArray() ? (ArrayNode) earlier : F.arrayNode().add(earlier);
            map.set(language, all.add(text));
          }
        }
        return map;
      default:
        return plain(value);
    }
  }

  private static JsonNode plain(JsonNode item) {
    if (item.isArray()) {
      ArrayNode out = F.arrayNode();
      item.forEach(i -> out.add(plain(i)));
      return out;
    }
    if (!item.isObject()) {
      return item;
    }
    if (item.has("@value")) {
      return item.get("@value");
    }
    if (item.has("@list")) {
      return plain(item.get("@list"));
    }
    ObjectNode out = F.objectNode();
    for (Map.Entry<String, JsonNode> e : item.properties()) {
      if (e.getKey().equals("@type")) {
        ArrayNode types = F.arrayNode();
        e.getValue().forEach(t -> types.add(localName(t.asText())));
        out.set("type", types);
      } else {
        out.set(localName(e.getKey()), plain(e.getValue()));
      }
    }
    return out;
  }

  /**
   * The key or type as given: the generated value keys are expanded with the default vocabulary, or
   * with a generated namespace that a scoped context set as {@code @vocab}; GeoJSON members and
   * types with the core context's GeoJSON vocabulary.
   */
  private static String localName(String iri) {
    for (String key : Values.KEYS) {
      String prefix = iri.endsWith(key) ? iri.substring(0, iri.length() - key.length()) : "";
      if (prefix.equals(DEFAULT_VOCAB)
          || prefix.equals("ngsi-ld:default-context/")
          || ContextArbitraries.NAMESPACES.contains(prefix)
          || ContextArbitraries.PREFIXES.stream().anyMatch(p -> prefix.equals(p + ":"))) {
        return key;
      }
    }
    return iri.startsWith(GEOJSON) ? iri.substring(GEOJSON.length()) : iri;
  }

  /** A compacted entity: ours (the writer's) or Titanium's, without {@code @context}. */
  static ObjectNode compacted(JsonNode entity) {
    ObjectNode out = F.objectNode();
    for (Map.Entry<String, JsonNode> e : entity.properties()) {
      String key = e.getKey();
      if (key.equals("id") || key.equals("type") || key.equals("scope")) {
        out.set(key, canon(e.getValue()));
      } else if (!key.equals("@context")) {
        out.set(key, compactedAttribute(e.getValue()));
      }
    }
    return out;
  }

  private static JsonNode compactedAttribute(JsonNode value) {
    if (!value.isArray()) {
      return compactedInstance(value);
    }
    ArrayNode out = F.arrayNode();
    value.forEach(i -> out.add(compactedInstance(i)));
    return canon(out);
  }

  private static ObjectNode compactedInstance(JsonNode instance) {
    ObjectNode out = F.objectNode();
    for (Map.Entry<String, JsonNode> e : instance.properties()) {
      String key = e.getKey();
      if (key.equals("languageMap")) {
        out.set(key, canon(lowerCaseKeys(e.getValue())));
      } else if (key.equals("value")) {
        out.set(key, canon(localKeys(e.getValue())));
      } else if (COMPACTED_MEMBERS.contains(key)) {
        out.set(key, canon(e.getValue()));
      } else {
        out.set(key, compactedAttribute(e.getValue()));
      }
    }
    return out;
  }

  /**
   * Keys inside a compacted value as given (item 1): when the payload named an attribute within a
   * scoped context whose {@code @vocab} differs from the one in effect where JSON-LD compaction
   * puts it, Titanium's round trip leaves the value keys as IRIs or compact IRIs; NGSI-LD keeps
   * them verbatim.
   */
  private static JsonNode localKeys(JsonNode value) {
    if (value.isArray()) {
      ArrayNode out = F.arrayNode();
      value.forEach(v -> out.add(localKeys(v)));
      return out;
    }
    if (!value.isObject()) {
      return value;
    }
    ObjectNode out = F.objectNode();
    value.properties().forEach(e -> out.set(localName(e.getKey()), localKeys(e.getValue())));
    return out;
  }

  private static JsonNode lowerCaseKeys(JsonNode map) {
    ObjectNode out = F.objectNode();
    map.properties().forEach(e -> out.set(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    return out;
  }

  /** Items 2 to 4: one-element arrays unwrapped, {@code @value} unwrapped, numbers by value. */
  static JsonNode canon(JsonNode node) {
    if (node.isNumber()) {
      return F.numberNode(node.decimalValue().stripTrailingZeros());
    }
    if (node.isArray()) {
      if (node.size() == 1) {
        return canon(node.get(0));
      }
      ArrayNode out = F.arrayNode();
      node.forEach(n -> out.add(canon(n)));
      return out;
    }
    if (node.isObject()) {
      if (node.size() == 1 && node.has("@value")) {
        return canon(node.get("@value"));
      }
      ObjectNode out = F.objectNode();
      node.properties().forEach(e -> out.set(e.getKey(), canon(e.getValue())));
      return out;
    }
    return node;
  }
}
