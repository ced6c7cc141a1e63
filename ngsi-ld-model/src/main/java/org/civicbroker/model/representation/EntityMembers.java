package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.LdContext;

/**
 * The top level of an entity payload (GS CIM 009 clause 5.2.4): {@code id} / {@code @id}, {@code
 * type} / {@code @type}, {@code scope}, the ignored system members, and the attributes by expanded
 * name. A {@code @context} member, if the caller left it, is ignored.
 *
 * @param id the id member, or null
 * @param types expanded, distinct entity types (empty when none given)
 * @param scopes normalized scopes; empty Optional when absent, empty list for NGSI-LD Null
 * @param attributes attribute payloads by expanded name, with the name as given
 * @param context the context of the entity's members: the request's, with the type-scoped contexts
 *     of the given types applied (JSON-LD 1.1 section 4.1.8)
 */
record EntityMembers(
    JsonNode id,
    List<String> types,
    Optional<List<String>> scopes,
    Map<String, Named> attributes,
    LdContext context) {

  /** A payload member with the name as the client gave it. */
  record Named(String name, JsonNode node) {}

  /** IRIs of the attributes that must be GeoProperties (clause 4.7.1). */
  static final Set<String> GEO_NAMES =
      Set.of(
          "https://uri.etsi.org/ngsi-ld/location",
          "https://uri.etsi.org/ngsi-ld/observationSpace",
          "https://uri.etsi.org/ngsi-ld/operationSpace");

  static EntityMembers parse(
      ObjectNode payload, LdContext ctx, ReaderLimits limits, boolean scopeNullAllowed) {
    JsonNode id = one(payload, "id", "@id");
    JsonNode type = one(payload, "type", "@type");
    List<String> typeNames = type == null ? List.of() : given(type);
    List<String> types = expand(typeNames, ctx);
    LdContext inEntity = ctx.forEntityTypes(typeNames);
    Optional<List<String>> scopes =
        Optional.ofNullable(payload.get(Members.SCOPE)).map(s -> scopes(s, scopeNullAllowed));
    Map<String, Named> attributes = new LinkedHashMap<>();
    Map<String, String> given = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (isEntityMember(name)) {
        continue;
      }
      String iri = AttributeReader.expandName(name, "attribute", inEntity);
      AttributeReader.checkUnique(given, iri, name, AttributeReader.where(name));
      attributes.put(iri, new Named(name, e.getValue()));
    }
    if (attributes.size() > limits.maxAttributes()) {
      throw NgsiLdException.badData(
          "Entity has more than " + limits.maxAttributes() + " attributes");
    }
    return new EntityMembers(id, types, scopes, attributes, inEntity);
  }

  private static boolean isEntityMember(String name) {
    return switch (name) {
      case "id", "@id", "type", "@type", "scope", "@context" -> true;
      default -> Members.SYSTEM.contains(name);
    };
  }

  private static JsonNode one(ObjectNode payload, String plain, String keyword) {
    if (payload.has(plain) && payload.has(keyword)) {
      throw NgsiLdException.badData(
          "Entity has both '" + plain + "' and '" + keyword + "'; give only one");
    }
    return payload.has(plain) ? payload.get(plain) : payload.get(keyword);
  }

  private static List<String> given(JsonNode node) {
    List<String> result = new ArrayList<>();
    for (JsonNode t : stringOrStrings(node, "Entity 'type'")) {
      result.add(Names.require(t.asText(), "entity type"));
    }
    return result;
  }

  private static List<String> expand(List<String> given, LdContext ctx) {
    Set<String> result = new LinkedHashSet<>();
    for (String type : given) {
      result.add(Expansions.iri(ctx.expandType(type), type, "entity type", ctx::compactType));
    }
    return List.copyOf(result);
  }

  private static List<String> scopes(JsonNode node, boolean nullAllowed) {
    if (Members.isNgsiLdNull(node) || node.isNull()) {
      if (!nullAllowed) {
        throw NgsiLdException.badData("NGSI-LD Null is not allowed as 'scope' here");
      }
      return List.of();
    }
    Set<String> result = new LinkedHashSet<>();
    for (JsonNode s : stringOrStrings(node, "Entity 'scope'")) {
      result.add(Scopes.normalize(s.asText()));
    }
    return List.copyOf(result);
  }

  private static List<JsonNode> stringOrStrings(JsonNode node, String what) {
    List<JsonNode> items = new ArrayList<>();
    if (node.isTextual()) {
      items.add(node);
    } else if (node.isArray() && !node.isEmpty()) {
      node.forEach(items::add);
    }
    if (items.isEmpty() || items.stream().anyMatch(n -> !n.isTextual())) {
      throw NgsiLdException.badData(what + " must be a string or a non-empty array of strings");
    }
    return items;
  }

  /** Rejects a non-GeoProperty under {@code location}, {@code observationSpace} etc. */
  static void checkGeo(String iri, String name, Attribute value) {
    if (value != null && GEO_NAMES.contains(iri) && value.type() != AttributeType.GEO_PROPERTY) {
      throw NgsiLdException.badData(
          AttributeReader.where(name) + ": must be a GeoProperty, got a " + value.type().term());
    }
  }
}
