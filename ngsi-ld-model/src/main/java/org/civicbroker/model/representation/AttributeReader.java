package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Reads one attribute: a single instance or an array of instances (multi-attribute, GS CIM 009
 * clause 4.5.5: unique datasetIds, at most one default instance), recursively with its
 * sub-attributes. A reader works in the context in effect inside the attribute's value ({@link
 * #inside}): sub-attribute names, {@code vocab} values and {@code objectType} are expanded with it.
 */
final class AttributeReader {
  private final LdContext ctx;
  private final ReaderLimits limits;
  private final InstanceReader instances;

  AttributeReader(LdContext ctx, ReaderLimits limits) {
    this.ctx = ctx;
    this.limits = limits;
    this.instances = new InstanceReader(ctx);
  }

  /**
   * The reader for the value of the attribute (or sub-attribute) named {@code name} in this
   * reader's context: the context with the name's scoped context applied ({@link
   * LdContext#forAttributeValue}); this reader when that is the same context.
   */
  AttributeReader inside(String name) {
    LdContext inner = ctx.forAttributeValue(name);
    return inner == ctx ? this : new AttributeReader(inner, limits);
  }

  /** Reads a complete attribute (no NGSI-LD Null). */
  List<Attribute> readFull(String path, JsonNode node) {
    List<Attribute> result = new ArrayList<>();
    for (AttributeChange c : read(path, node, ReadMode.FULL, 0)) {
      result.add(((AttributeChange.Replace) c).instance());
    }
    return result;
  }

  /**
   * Reads an attribute at sub-attribute depth {@code depth} (0 = entity level) in {@code mode}.
   *
   * @param path the attribute path as given, e.g. {@code temperature.accuracy}
   */
  List<AttributeChange> read(String path, JsonNode node, ReadMode mode, int depth) {
    if (!isInstanceArray(node)) {
      return List.of(one(path, node, mode, depth));
    }
    if (node.size() > limits.maxInstances()) {
      throw Shape.bad(where(path), "more than " + limits.maxInstances() + " instances");
    }
    List<AttributeChange> result = new ArrayList<>();
    Set<String> datasetIds = new HashSet<>();
    for (JsonNode element : node) {
      AttributeChange c = one(path, element, mode, depth);
      if (!datasetIds.add(String.valueOf(c.datasetId()))) {
        throw Shape.bad(where(path), duplicate(c.datasetId()));
      }
      result.add(c);
    }
    return result;
  }

  /**
   * An array holds instances (a multi-attribute) when each element is a JSON object with an
   * attribute marker: {@code type}, a value member or {@code datasetId}. Other arrays, such as
   * {@code ["a", "b"]} or {@code [{"x": 1}]}, are the value of a concise Property.
   */
  private static boolean isInstanceArray(JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      return false;
    }
    for (JsonNode n : node) {
      if (!n.isObject() || !hasAttributeMarker(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasAttributeMarker(JsonNode n) {
    if (n.has(Members.TYPE) || n.has("@type") || n.has(Members.DATASET_ID)) {
      return true;
    }
    for (String key : Members.VALUE_KEYS) {
      if (n.has(key)) {
        return true;
      }
    }
    return false;
  }

  private AttributeChange one(String path, JsonNode node, ReadMode mode, int depth) {
    String where = where(path);
    InstanceParts p = instances.read(where, node, mode);
    if (p.deleted()) {
      return new AttributeChange.Delete(p.datasetId());
    }
    Map<String, List<AttributeChange>> subs =
        readSubAttributes(path, p.subAttributes(), mode.forSubAttributes(), depth + 1);
    if (mode.isPatch()) {
      return new AttributeChange.Patch(
          p.datasetId(),
          p.value(),
          p.observedAt(),
          p.unitCode(),
          p.removed(),
          subs,
          mode == ReadMode.MERGE);
    }
    if (p.value() == null) {
      throw Shape.bad(where, missingValue(p));
    }
    AttributeMeta meta =
        new AttributeMeta(
            p.datasetId(), p.observedAt(), p.unitCode(), null, null, toAttributes(subs));
    return new AttributeChange.Replace(p.value().withMeta(meta));
  }

  private Map<String, List<AttributeChange>> readSubAttributes(
      String path, Map<String, JsonNode> nodes, ReadMode mode, int depth) {
    if (nodes.isEmpty()) {
      return Map.of();
    }
    if (depth > limits.maxDepth()) {
      throw Shape.bad(where(path), "sub-attributes nested deeper than " + limits.maxDepth());
    }
    if (nodes.size() > limits.maxAttributes()) {
      throw Shape.bad(where(path), "more than " + limits.maxAttributes() + " sub-attributes");
    }
    Map<String, List<AttributeChange>> result = new LinkedHashMap<>();
    Map<String, String> given = new LinkedHashMap<>();
    nodes.forEach(
        (name, node) -> {
          String subPath = path + "." + name;
          String iri = expandName(name, "sub-attribute", ctx);
          checkUnique(given, iri, name, where(subPath));
          result.put(iri, inside(name).read(subPath, node, mode, depth));
        });
    return result;
  }

  /** Validates an attribute name as given and expands it. */
  static String expandName(String name, String what, LdContext ctx) {
    if (name.startsWith("@") || Members.RESERVED_NAMES.contains(name)) {
      throw org.civicbroker.model.error.NgsiLdException.badData(
          "'" + name + "' is reserved and cannot be used as " + what + " name");
    }
    Names.require(name, what);
    ctx.checkAttributeName(name);
    String iri =
        Expansions.iri(ctx.expandAttributeName(name), name, what, ctx::compactAttributeName);
    if (Members.RESERVED_IRIS.contains(iri)) {
      throw org.civicbroker.model.error.NgsiLdException.badData(
          "The "
              + what
              + " name '"
              + name
              + "' expands to "
              + iri
              + ", the IRI of an NGSI-LD member, with the @context: not allowed");
    }
    return iri;
  }

  /** Rejects two payload names that expand to the same IRI. */
  static void checkUnique(Map<String, String> given, String iri, String name, String where) {
    String earlier = given.putIfAbsent(iri, name);
    if (earlier != null) {
      throw Shape.bad(where, "given twice, as '" + earlier + "' and '" + name + "'");
    }
  }

  private static Attributes toAttributes(Map<String, List<AttributeChange>> subs) {
    if (subs.isEmpty()) {
      return Attributes.EMPTY;
    }
    Map<String, List<Attribute>> map = new LinkedHashMap<>();
    subs.forEach(
        (name, changes) ->
            map.put(
                name,
                changes.stream().map(c -> ((AttributeChange.Replace) c).instance()).toList()));
    return Attributes.of(map);
  }

  private static String duplicate(String datasetId) {
    return datasetId == null
        ? "more than one default instance (without datasetId)"
        : "datasetId '" + datasetId + "' given more than once";
  }

  private static String missingValue(InstanceParts p) {
    return p.type() == null
        ? "attribute has no value member (value, object, languageMap, vocab, valueList, "
            + "objectList or json)"
        : p.type().term() + " must have a '" + p.type().valueKey() + "'";
  }

  static String where(String path) {
    return "attribute '" + path + "'";
  }
}
