package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Writes entities (GS CIM 009 clause 4.5): {@code id}, {@code type} (compacted; a string for one
 * type, else an array), {@code scope} (string or array), {@code createdAt} / {@code modifiedAt}
 * with {@code sysAttrs}, then the attributes under compacted names, in the chosen representation
 * and projection ({@code attrs}, {@code pick}, {@code omit}). No {@code @context} is added: the
 * caller puts it in the body or in a Link header according to the media type (clause 6.3.6). Scoped
 * contexts apply as in JSON-LD compaction: the type-scoped contexts of the compacted types to
 * attribute names, the property-scoped context of an attribute's compacted name inside it.
 * Immutable and thread-safe.
 */
public final class EntityWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Writes one entity. */
  public ObjectNode write(Entity entity, RenderOptions options, LdContext ctx) {
    Projection projection = Projection.of(options, ctx);
    ObjectNode o = F.objectNode();
    if (projection.keeps("id")) {
      o.put(Members.ID, entity.id().value());
    }
    List<String> types = entity.types().stream().map(ctx::compactType).toList();
    if (projection.keeps("type")) {
      o.set(Members.TYPE, ValueWriter.oneOrMany(types, t -> t));
    }
    if (projection.keeps("scope") && !entity.scopes().isEmpty()) {
      o.set(Members.SCOPE, ValueWriter.oneOrMany(entity.scopes(), s -> s));
    }
    if (options.sysAttrs() && entity.createdAt() != null && projection.keeps("createdAt")) {
      o.put(Members.CREATED_AT, DateTimes.format(entity.createdAt()));
    }
    if (options.sysAttrs() && entity.modifiedAt() != null && projection.keeps("modifiedAt")) {
      o.put(Members.MODIFIED_AT, DateTimes.format(entity.modifiedAt()));
    }
    LdContext inEntity = ctx.forEntityTypes(types);
    new AttributeWriter(inEntity, options).writeAll(projection.filter(entity.attributes()), o);
    return o;
  }

  /**
   * The projection of {@code attrs}, {@code pick} and {@code omit} (V1.8 clause 4.21) over entity
   * members; attribute names are compared expanded.
   */
  record Projection(Set<String> attrs, Set<String> pick, Set<String> omit) {
    private static final Set<String> ENTITY_MEMBERS =
        Set.of("id", "type", "scope", "createdAt", "modifiedAt");

    static Projection of(RenderOptions o, LdContext ctx) {
      return new Projection(o.expandedAttrs(ctx), expand(o.pick(), ctx), expand(o.omit(), ctx));
    }

    private static Set<String> expand(List<String> terms, LdContext ctx) {
      if (terms == null) {
        return null;
      }
      return Set.copyOf(
          terms.stream()
              .map(t -> ENTITY_MEMBERS.contains(t) ? t : ctx.expandAttributeName(t))
              .toList());
    }

    /** True when the entity member (or expanded attribute name) is kept. */
    boolean keeps(String member) {
      return (pick == null || pick.contains(member)) && (omit == null || !omit.contains(member));
    }

    Attributes filter(Attributes all) {
      Map<String, List<Attribute>> kept = new LinkedHashMap<>();
      all.forEach(
          (iri, list) -> {
            if ((attrs == null || attrs.contains(iri)) && keeps(iri)) {
              kept.put(iri, list);
            }
          });
      return kept.size() == all.size() ? all : Attributes.of(kept);
    }
  }
}
