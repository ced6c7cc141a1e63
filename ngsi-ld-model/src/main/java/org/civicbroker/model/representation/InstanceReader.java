package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.geojson.GeoJsonGeometry;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Reads the members of one attribute instance in the normalized or concise form (GS CIM 009 clauses
 * 4.5 and 5.2.5 - 5.2.6): value, {@code observedAt}, {@code unitCode}, {@code datasetId}, {@code
 * objectType}; {@code createdAt}, {@code modifiedAt}, {@code deletedAt} and {@code instanceId} are
 * ignored as the broker sets them; any other member is a sub-attribute.
 *
 * <p>The body of a Partial Attribute Update is always read as attribute members: there an object
 * without value member (e.g. {@code {"accuracy": 0.9}}) changes sub-attributes, where elsewhere the
 * concise rules would make it a Property whose value is that object.
 */
final class InstanceReader {
  private final ValueReader values;

  InstanceReader(LdContext ctx) {
    this.values = new ValueReader(ctx);
  }

  InstanceParts read(String where, JsonNode node, ReadMode mode) {
    if (node == null || node.isNull() || Members.isNgsiLdNull(node)) {
      return deletion(where, null, mode);
    }
    if (node.isObject()) {
      return readObject(where, (ObjectNode) node, mode);
    }
    return InstanceParts.ofValue(values.property(where, node));
  }

  private InstanceParts readObject(String where, ObjectNode o, ReadMode mode) {
    Shape shape = Shape.of(where, o);
    return switch (shape.kind()) {
      case BARE_VALUE ->
          mode == ReadMode.PARTIAL
              ? readMembers(where, o, null, mode)
              : InstanceParts.ofValue(values.property(where, o));
      case BARE_GEOMETRY ->
          InstanceParts.ofValue(new GeoProperty(GeoJsonGeometry.validate(o, where), null));
      case MEMBERS -> readMembers(where, o, shape.type(), mode);
    };
  }

  private InstanceParts readMembers(String where, ObjectNode o, AttributeType type, ReadMode mode) {
    String datasetId = datasetId(where, o.get(Members.DATASET_ID));
    JsonNode valueNode = type == null ? null : o.get(type.valueKey());
    if (valueNode != null && valueNode.isNull() && !mode.allowsNull()) {
      throw Shape.bad(where, type.term() + " must have a non-null '" + type.valueKey() + "'");
    }
    if (valueNode != null && NullMarkers.isNull(type, valueNode)) {
      return deletion(where, datasetId, mode);
    }
    Attribute value = valueNode == null ? null : values.read(where, type, valueNode, o);
    Set<String> removed = new HashSet<>();
    Instant observedAt = observedAt(where, o.get(Members.OBSERVED_AT), removed, mode);
    String unitCode = unitCode(where, o.get(Members.UNIT_CODE), removed, mode);
    checkObjectType(where, type, o.get(Members.OBJECT_TYPE), removed, mode);
    Map<String, JsonNode> subs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      if (Members.VALUE_KEYS.contains(k) && (type == null || !k.equals(type.valueKey()))) {
        throw Shape.bad(where, "'" + k + "' is not a member of a " + typeName(type));
      }
      if (!Members.ATTRIBUTE_MEMBERS.contains(k) && !"@context".equals(k)) {
        subs.put(k, e.getValue());
      }
    }
    return new InstanceParts(
        type,
        value,
        false,
        datasetId,
        observedAt,
        unitCode,
        removed.isEmpty() ? Set.of() : Set.copyOf(removed),
        subs);
  }

  private static InstanceParts deletion(String where, String datasetId, ReadMode mode) {
    if (!mode.allowsNull()) {
      throw Shape.bad(
          where, "NGSI-LD Null (or null) is only allowed in update and merge operations");
    }
    return InstanceParts.deletion(datasetId);
  }

  private static String datasetId(String where, JsonNode n) {
    if (n == null) {
      return null;
    }
    if (!n.isTextual() || !Uris.isAbsolute(n.asText())) {
      throw Shape.bad(where, "'datasetId' must be a URI, got " + n);
    }
    return n.asText();
  }

  private static Instant observedAt(String where, JsonNode n, Set<String> removed, ReadMode m) {
    if (n == null || removedIfNull(where, n, Members.OBSERVED_AT, removed, m)) {
      return null;
    }
    return DateTimes.parse(n.isTextual() ? n.asText() : null)
        .orElseThrow(
            () -> Shape.bad(where, "'observedAt' must be an ISO 8601 date-time in UTC, got " + n));
  }

  private static String unitCode(String where, JsonNode n, Set<String> removed, ReadMode m) {
    if (n == null || removedIfNull(where, n, Members.UNIT_CODE, removed, m)) {
      return null;
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw Shape.bad(where, "'unitCode' must be a non-empty string, got " + n);
    }
    return n.asText();
  }

  private static void checkObjectType(
      String where, AttributeType type, JsonNode n, Set<String> removed, ReadMode m) {
    if (n == null) {
      return;
    }
    if (type != AttributeType.RELATIONSHIP && type != AttributeType.LIST_RELATIONSHIP) {
      throw Shape.bad(where, "'objectType' is not a member of a " + typeName(type));
    }
    removedIfNull(where, n, Members.OBJECT_TYPE, removed, m);
  }

  private static boolean removedIfNull(
      String where, JsonNode n, String member, Set<String> removed, ReadMode mode) {
    if (!n.isNull() && !Members.isNgsiLdNull(n)) {
      return false;
    }
    if (!mode.isPatch()) {
      throw Shape.bad(where, "'" + member + "' must not be null");
    }
    removed.add(member);
    return true;
  }

  private static String typeName(AttributeType type) {
    return type == null ? "patch without value" : type.term();
  }
}
