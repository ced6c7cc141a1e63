package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Reads a complete entity (Create 5.6.1, Replace 5.6.18, batch create / upsert / update 5.6.7 -
 * 5.6.9) in the normalized or concise representation (GS CIM 009 clauses 4.5.1, 4.5.x concise),
 * validating every rule and expanding every name with the request's {@link LdContext}.
 *
 * <p>{@code id} (or {@code @id}, an absolute URI) and {@code type} (or {@code @type}, one or more
 * names) are required; {@code createdAt}, {@code modifiedAt} and {@code deletedAt} are ignored, as
 * the broker sets them (clause 4.8); every other member is an attribute. The reader is immutable
 * and thread-safe.
 */
public final class EntityReader {
  private final ReaderLimits limits;

  public EntityReader() {
    this(ReaderLimits.DEFAULTS);
  }

  public EntityReader(ReaderLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads an entity payload (without its {@code @context}).
   *
   * @throws NgsiLdException BAD_REQUEST_DATA with a detail naming the offending member
   */
  public Entity read(ObjectNode payload, LdContext ctx) {
    EntityMembers m = EntityMembers.parse(payload, ctx, limits, false);
    if (m.id() == null) {
      throw NgsiLdException.badData("Entity must have an 'id'");
    }
    if (!m.id().isTextual()) {
      throw NgsiLdException.badData("Entity 'id' must be a string URI");
    }
    EntityId id = EntityId.of(m.id().asText());
    if (m.types().isEmpty()) {
      throw NgsiLdException.badData("Entity must have a 'type'");
    }
    AttributeReader reader = new AttributeReader(m.context(), limits);
    Map<String, List<Attribute>> attributes = new LinkedHashMap<>();
    m.attributes()
        .forEach(
            (iri, named) -> {
              List<Attribute> instances =
                  reader.inside(named.name()).readFull(named.name(), named.node());
              instances.forEach(a -> EntityMembers.checkGeo(iri, named.name(), a));
              attributes.put(iri, instances);
            });
    return new Entity(
        id, m.types(), m.scopes().orElse(List.of()), Attributes.of(attributes), null, null);
  }

  /**
   * Reads one complete attribute (one instance or an array of instances), e.g. the body of Replace
   * Attribute (5.6.19); {@code name} is the attribute name as the client gave it (in the URL).
   */
  public List<Attribute> readAttribute(String name, JsonNode node, LdContext ctx) {
    String iri = AttributeReader.expandName(name, "attribute", ctx);
    List<Attribute> instances = new AttributeReader(ctx, limits).inside(name).readFull(name, node);
    instances.forEach(a -> EntityMembers.checkGeo(iri, name, a));
    return instances;
  }
}
