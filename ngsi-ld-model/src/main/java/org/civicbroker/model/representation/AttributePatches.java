package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Applies {@link AttributeChange}s (GS CIM 009 clauses 5.5.8 partial update and 5.5.12 merge patch
 * behaviour).
 *
 * <p>A {@link AttributeChange.Patch} on an existing instance: a value given replaces the value (and
 * may change the attribute type); in Merge Entity a JSON object value is merged into an existing
 * JSON object value (RFC 7396; a key set to NGSI-LD Null or null is removed); a Relationship value
 * without {@code objectType} keeps the existing objectType; {@code observedAt} and {@code unitCode}
 * given replace, those set to NGSI-LD Null are removed, others stay; sub-attribute changes are
 * applied recursively; system timestamps stay (the broker updates {@code modifiedAt}). A patch for
 * an absent instance creates it, which needs a value. Instances keep their order; a new instance is
 * appended.
 */
public final class AttributePatches {
  private AttributePatches() {}

  /**
   * Applies changes by name to a set of attributes (an entity's attributes or an instance's
   * sub-attributes). Deleting an absent instance is a no-op; callers that must report it (Update
   * Attributes' {@code notUpdated}) check before.
   */
  public static Attributes applyAll(
      Attributes current, Map<String, List<AttributeChange>> changes) {
    Attributes result = current;
    for (Map.Entry<String, List<AttributeChange>> e : changes.entrySet()) {
      for (AttributeChange c : e.getValue()) {
        result = applyOne(result, e.getKey(), c);
      }
    }
    return result;
  }

  private static Attributes applyOne(Attributes attrs, String name, AttributeChange c) {
    if (c instanceof AttributeChange.Replace r) {
      return withInstance(attrs, name, r.instance());
    }
    if (c instanceof AttributeChange.Delete d) {
      return attrs.withoutInstance(name, d.datasetId());
    }
    if (c instanceof AttributeChange.DeleteAll) {
      return attrs.without(name);
    }
    AttributeChange.Patch p = (AttributeChange.Patch) c;
    Attribute next =
        attrs
            .instance(name, p.datasetId())
            .map(existing -> apply(p, existing))
            .orElseGet(() -> create(p, name));
    return withInstance(attrs, name, next);
  }

  /** Replaces the instance with the same datasetId in place, or appends it. */
  private static Attributes withInstance(Attributes attrs, String name, Attribute instance) {
    List<Attribute> list = new ArrayList<>(attrs.get(name));
    for (int i = 0; i < list.size(); i++) {
      if (Objects.equals(list.get(i).datasetId(), instance.datasetId())) {
        list.set(i, instance);
        return attrs.with(name, list);
      }
    }
    list.add(instance);
    return attrs.with(name, list);
  }

  /** Applies a patch to the existing instance with the same datasetId. */
  public static Attribute apply(AttributeChange.Patch patch, Attribute existing) {
    Attribute value = patch.value() == null ? existing : newValue(patch, existing);
    AttributeMeta old = existing.meta();
    AttributeMeta meta =
        new AttributeMeta(
            old.datasetId(),
            member(patch, Members.OBSERVED_AT, patch.observedAt(), old.observedAt()),
            member(patch, Members.UNIT_CODE, patch.unitCode(), old.unitCode()),
            old.createdAt(),
            old.modifiedAt(),
            applyAll(old.subAttributes(), patch.subAttributes()));
    return withoutObjectType(value.withMeta(meta), patch);
  }

  /**
   * The instance a patch creates when none exists.
   *
   * @param name the attribute name, for the error detail
   * @throws NgsiLdException BAD_REQUEST_DATA when the patch has no value
   */
  public static Attribute create(AttributeChange.Patch patch, String name) {
    if (patch.value() == null) {
      throw NgsiLdException.badData(
          "attribute '" + name + "': no such instance to patch, and the fragment has no value");
    }
    Attribute value = patch.value();
    if (patch.mergeObjectValues()
        && value instanceof Property prop
        && isPlainObject(prop.value())) {
      value = new Property(merge(JsonNodeFactory.instance.objectNode(), prop.value()), null);
    }
    AttributeMeta meta =
        new AttributeMeta(
            patch.datasetId(),
            patch.observedAt(),
            patch.unitCode(),
            null,
            null,
            applyAll(Attributes.EMPTY, patch.subAttributes()));
    return value.withMeta(meta);
  }

  private static Attribute newValue(AttributeChange.Patch patch, Attribute existing) {
    Attribute v = patch.value();
    if (patch.mergeObjectValues()
        && v instanceof Property p
        && existing instanceof Property e
        && isPlainObject(p.value())
        && isPlainObject(e.value())) {
      return new Property(merge(e.value(), p.value()), null);
    }
    if (v instanceof Relationship r && r.objectTypes().isEmpty()) {
      if (existing instanceof Relationship e) {
        return new Relationship(r.objects(), e.objectTypes(), null);
      }
    }
    if (v instanceof ListRelationship r && r.objectTypes().isEmpty()) {
      if (existing instanceof ListRelationship e) {
        return new ListRelationship(r.objectList(), e.objectTypes(), null);
      }
    }
    return v;
  }

  private static Attribute withoutObjectType(Attribute a, AttributeChange.Patch patch) {
    if (!patch.removedMembers().contains(Members.OBJECT_TYPE)) {
      return a;
    }
    if (a instanceof Relationship r) {
      return new Relationship(r.objects(), List.of(), r.meta());
    }
    if (a instanceof ListRelationship r) {
      return new ListRelationship(r.objectList(), List.of(), r.meta());
    }
    return a;
  }

  private static <T> T member(AttributeChange.Patch p, String name, T given, T old) {
    if (p.removedMembers().contains(name)) {
      return null;
    }
    return given != null ? given : old;
  }

  private static boolean isPlainObject(JsonNode n) {
    return n.isObject() && !n.has("@value");
  }

  /** JSON merge patch (RFC 7396) where NGSI-LD Null, like null, removes a key. */
  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNull() || Members.isNgsiLdNull(e.getValue())) {
        result.remove(e.getKey());
      } else {
        result.set(e.getKey(), merge(result.get(e.getKey()), e.getValue()));
      }
    }
    return result;
  }
}
