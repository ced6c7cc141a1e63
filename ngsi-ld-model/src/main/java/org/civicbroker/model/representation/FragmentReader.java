package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Reads the payloads of the operations that change part of an entity (GS CIM 009 clauses 5.6.2 -
 * 5.6.4, 5.6.17, 5.6.19). Attributes may be given in the normalized or the concise form.
 *
 * <p>NGSI-LD Null ({@code "urn:ngsi-ld:null"}, or a JSON {@code null}) deletes: in Update
 * Attributes an attribute instance; in Merge Entity and Partial Attribute Update also members
 * ({@code observedAt}, {@code unitCode}, {@code objectType}) and sub-attributes; in Merge Entity
 * also {@code scope}. Elsewhere it is BAD_REQUEST_DATA (clause 5.2.1).
 *
 * <p>An {@code id} in a fragment must equal the target entity's id (BAD_REQUEST_DATA otherwise);
 * types given are returned expanded in {@link EntityFragment#types()} for the broker to add.
 */
public final class FragmentReader {
  private final ReaderLimits limits;

  public FragmentReader() {
    this(ReaderLimits.DEFAULTS);
  }

  public FragmentReader(ReaderLimits limits) {
    this.limits = limits;
  }

  /** Append Entity Attributes (5.6.3, POST /entities/{id}/attrs): complete attributes. */
  public EntityFragment readAppend(ObjectNode payload, EntityId target, LdContext ctx) {
    return read(payload, target, ctx, ReadMode.FULL);
  }

  /**
   * Update Entity Attributes (5.6.2, PATCH /entities/{id}/attrs): complete attributes replacing
   * existing ones whole ({@link AttributeChange.Replace}), or {@link AttributeChange.Delete}.
   */
  public EntityFragment readUpdate(ObjectNode payload, EntityId target, LdContext ctx) {
    return read(payload, target, ctx, ReadMode.UPDATE);
  }

  /**
   * Merge Entity (5.6.17, PATCH /entities/{id}): {@link AttributeChange.Patch} (merged into the
   * existing attribute, or appended when absent) or {@link AttributeChange.Delete}.
   */
  public EntityFragment readMerge(ObjectNode payload, EntityId target, LdContext ctx) {
    return read(payload, target, ctx, ReadMode.MERGE);
  }

  /**
   * Partial Attribute Update (5.6.4, PATCH /entities/{id}/attrs/{attrId}): the members given
   * replace the existing ones, the others stay. Returns a {@link AttributeChange.Patch} (whose
   * sub-attribute changes are {@link AttributeChange.Replace} or {@link AttributeChange.Delete}) or
   * a {@link AttributeChange.Delete}.
   *
   * @param name the attribute name from the URL, as given
   */
  public AttributeChange readPartialAttribute(String name, JsonNode body, LdContext ctx) {
    String iri = AttributeReader.expandName(name, "attribute", ctx);
    if (body == null || !body.isObject()) {
      throw NgsiLdException.badData(
          AttributeReader.where(name) + ": the fragment must be a JSON object");
    }
    AttributeChange change =
        new AttributeReader(ctx, limits).inside(name).read(name, body, ReadMode.PARTIAL, 0).get(0);
    checkGeo(iri, name, change);
    return change;
  }

  private EntityFragment read(ObjectNode payload, EntityId target, LdContext ctx, ReadMode mode) {
    EntityMembers m = EntityMembers.parse(payload, ctx, limits, mode == ReadMode.MERGE);
    if (m.id() != null && !(m.id().isTextual() && m.id().asText().equals(target.value()))) {
      throw NgsiLdException.badData(
          "The fragment's 'id' "
              + Uris.quote(m.id().asText())
              + " differs from the target entity "
              + Uris.quote(target.value()));
    }
    AttributeReader reader = new AttributeReader(m.context(), limits);
    Map<String, List<AttributeChange>> changes = new LinkedHashMap<>();
    m.attributes()
        .forEach(
            (iri, named) -> {
              List<AttributeChange> list =
                  reader.inside(named.name()).read(named.name(), named.node(), mode, 0);
              list.forEach(c -> checkGeo(iri, named.name(), c));
              changes.put(iri, list);
            });
    return new EntityFragment(m.types(), m.scopes(), changes);
  }

  private static void checkGeo(String iri, String name, AttributeChange c) {
    if (c instanceof AttributeChange.Replace r) {
      EntityMembers.checkGeo(iri, name, r.instance());
    } else if (c instanceof AttributeChange.Patch p) {
      EntityMembers.checkGeo(iri, name, p.value());
    }
  }
}
