package org.civicbroker.model.representation.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.DateTimes;
import org.civicbroker.model.representation.Members;

/**
 * Builds a random NGSI-LD entity in the normalized representation from a {@link NamePool}: one or
 * two types, an optional scope, one to six attributes of all eight types, multi-attribute instances
 * with datasetIds, {@code observedAt}, {@code unitCode}, {@code objectType}, vocab values, and
 * sub-attributes nested two levels deep.
 *
 * <p>Names are chosen so that the payload is valid: on each level no two names expand to the same
 * IRI, and names that do not expand to an IRI are left out (see the dedicated property). That uses
 * the context under test, which is acceptable because the oracle then checks every expansion.
 */
final class EntityBuilder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String NGSI = "https://uri.etsi.org/ngsi-ld/";
  private static final Set<String> GEO =
      Set.of(NGSI + "location", NGSI + "observationSpace", NGSI + "operationSpace");

  private final NamePool names;
  private final Random r;
  private final Values values;

  EntityBuilder(NamePool names, Random r) {
    this.names = names;
    this.r = r;
    this.values = new Values(r);
  }

  ObjectNode entity(LdContext ctx) {
    ObjectNode e = F.objectNode().put("id", "urn:ngsi-ld:Thing:" + r.nextInt(1000));
    List<String> given = distinctNames(ctx::expandType, ctx::compactType, 1 + r.nextInt(2));
    List<String> types = given.isEmpty() ? List.of("https://example.org/Thing") : given;
    e.set("type", types.size() == 1 && r.nextBoolean() ? F.textNode(types.get(0)) : array(types));
    if (r.nextInt(4) == 0) {
      e.set("scope", r.nextBoolean() ? F.textNode("/a") : F.arrayNode().add("/a").add("/b/c"));
    }
    attributes(e, within(ctx, c -> c.forEntityTypes(types)), 1 + r.nextInt(6), 2);
    return e;
  }

  /** Up to {@code count} attributes with distinct expansions in {@code ctx}. */
  private void attributes(ObjectNode target, LdContext ctx, int count, int depth) {
    Set<String> iris = new HashSet<>();
    for (int attempt = 0; attempt < count * 3 && iris.size() < count; attempt++) {
      String name = names.pick(r);
      String iri = expand(ctx::expandAttributeName, ctx::compactAttributeName, name);
      if (target.has(name) || iri == null || !iris.add(iri)) {
        continue;
      }
      LdContext inside = within(ctx, c -> c.forAttributeValue(name));
      target.set(name, attribute(inside, GEO.contains(iri), depth));
    }
  }

  private JsonNode attribute(LdContext ctx, boolean geo, int depth) {
    AttributeType type = geo ? AttributeType.GEO_PROPERTY : NamePool.one(r, types());
    if (r.nextInt(10) < 7) {
      return instance(ctx, type, r.nextInt(5) == 0 ? "urn:ngsi-ld:Dataset:only" : null, depth);
    }
    ArrayNode instances = F.arrayNode();
    int count = 2 + r.nextInt(2);
    boolean firstDefault = r.nextBoolean();
    for (int i = 0; i < count; i++) {
      String datasetId = i == 0 && firstDefault ? null : "urn:ngsi-ld:Dataset:" + i;
      AttributeType t = geo ? type : NamePool.one(r, types());
      instances.add(instance(ctx, t, datasetId, depth));
    }
    return instances;
  }

  private static List<AttributeType> types() {
    return List.of(AttributeType.values());
  }

  private ObjectNode instance(LdContext ctx, AttributeType type, String datasetId, int depth) {
    ObjectNode o = F.objectNode().put("type", type.term());
    o.set(type.valueKey(), value(ctx, type));
    boolean relationship =
        type == AttributeType.RELATIONSHIP || type == AttributeType.LIST_RELATIONSHIP;
    if (relationship && r.nextInt(5) < 2) {
      List<String> objectTypes = distinctNames(ctx::expandType, ctx::compactType, 1 + r.nextInt(2));
      if (!objectTypes.isEmpty()) {
        o.set(
            "objectType",
            objectTypes.size() == 1 ? F.textNode(objectTypes.get(0)) : array(objectTypes));
      }
    }
    if (r.nextInt(10) < 3) {
      o.put("observedAt", DateTimes.format(Instant.ofEpochMilli(r.nextLong(4_000_000_000_000L))));
    }
    if (type == AttributeType.PROPERTY && r.nextInt(4) == 0) {
      o.put("unitCode", r.nextBoolean() ? "CEL" : "MTR");
    }
    if (datasetId != null) {
      o.put("datasetId", datasetId);
    }
    if (depth > 0 && r.nextInt(5) < 2) {
      attributes(o, ctx, 1 + r.nextInt(2), depth - 1);
    }
    return o;
  }

  private JsonNode value(LdContext ctx, AttributeType type) {
    return switch (type) {
      case PROPERTY -> values.property();
      case GEO_PROPERTY -> values.geometry();
      case RELATIONSHIP ->
          r.nextBoolean()
              ? F.textNode(values.uri())
              : array(List.of(values.uri(), values.uri() + "b"));
      case LANGUAGE_PROPERTY -> values.languageMap();
      case VOCAB_PROPERTY -> vocab(ctx);
      case LIST_PROPERTY -> values.list();
      case LIST_RELATIONSHIP -> values.objectList();
      case JSON_PROPERTY -> values.json();
    };
  }

  private JsonNode vocab(LdContext ctx) {
    List<String> vocab = distinctNames(ctx::expandVocab, ctx::compactVocab, 1 + r.nextInt(2));
    if (vocab.isEmpty()) {
      return F.textNode("Thing");
    }
    return vocab.size() == 1 && r.nextBoolean() ? F.textNode(vocab.get(0)) : array(vocab);
  }

  /** Up to {@code count} names whose expansions are IRIs and distinct. */
  private List<String> distinctNames(
      UnaryOperator<String> expansion, UnaryOperator<String> compaction, int count) {
    List<String> result = new ArrayList<>();
    Set<String> iris = new HashSet<>();
    for (int attempt = 0; attempt < count * 3 && result.size() < count; attempt++) {
      String name = names.pick(r);
      String iri = expand(expansion, compaction, name);
      if (iri != null && iris.add(iri)) {
        result.add(name);
      }
    }
    return result;
  }

  /**
   * The expansion of an attribute name; null when it is not an IRI (JSON-LD drops such names),
   * cannot be compacted back, or is the IRI of an NGSI-LD member (an attribute of that name would
   * merge with the member; see {@link EntityOracleTest#namesThatAreNotIrisAreRejected}).
   */
  static String expand(
      UnaryOperator<String> expansion, UnaryOperator<String> compaction, String name) {
    String iri = expandIri(expansion, compaction, name);
    return iri == null || Members.RESERVED_IRIS.contains(iri) ? null : iri;
  }

  /**
   * The expansion of an entity type; null when it is not an IRI or cannot be compacted back. A type
   * may be any IRI, that of an NGSI-LD member included (a type is a value, not a key).
   */
  static String expandIri(
      UnaryOperator<String> expansion, UnaryOperator<String> compaction, String name) {
    try {
      String iri = expansion.apply(name);
      if (iri == null || iri.startsWith("@") || !iri.contains(":")) {
        return null;
      }
      compaction.apply(iri);
      return iri;
    } catch (NgsiLdException e) {
      return null;
    }
  }

  /** The derived context; {@code ctx} itself when deriving is refused (the reader will say so). */
  private static LdContext within(LdContext ctx, UnaryOperator<LdContext> derive) {
    try {
      return derive.apply(ctx);
    } catch (NgsiLdException e) {
      return ctx;
    }
  }

  static ArrayNode array(List<String> items) {
    ArrayNode a = F.arrayNode();
    items.forEach(a::add);
    return a;
  }
}
