package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Writes attributes in the normalized (clause 4.5.1), concise (4.5.x) or simplified (4.5.4)
 * representation, with {@code sysAttrs} and the {@code lang} filter (clause 4.15: a
 * LanguageProperty becomes a Property holding the best matching string and a {@code lang} member).
 *
 * <p>Concise: a Property (or GeoProperty) without any other member is its bare value, except that a
 * JSON object value, an empty array, or an array holding objects keeps its {@code value} member, as
 * bare forms of those would read back as another attribute shape. Simplified: Property and
 * GeoProperty - the value; Relationship - the object URI(s); LanguageProperty - {@code
 * {"languageMap": ...}} (or the selected string under {@code lang}); VocabProperty - {@code
 * {"vocab": ...}}; ListProperty - {@code {"valueList": ...}}; ListRelationship - {@code
 * {"objectList": ...}}; JsonProperty - {@code {"json": ...}}; a multi-attribute - {@code
 * {"dataset": {datasetId or "@none": simplified value}}}.
 */
final class AttributeWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final LdContext ctx;
  private final RenderOptions options;
  private final ValueWriter values;

  AttributeWriter(LdContext ctx, RenderOptions options) {
    this.ctx = ctx;
    this.options = options;
    this.values = new ValueWriter(ctx);
  }

  /** All instances of one attribute. */
  JsonNode write(List<Attribute> instances) {
    if (options.format() == Format.SIMPLIFIED && !isSingleDefault(instances)) {
      ObjectNode dataset = F.objectNode();
      instances.forEach(
          a -> dataset.set(a.datasetId() == null ? Members.NONE : a.datasetId(), simplified(a)));
      ObjectNode wrapper = F.objectNode();
      wrapper.set(Members.DATASET, dataset);
      return wrapper;
    }
    if (instances.size() == 1) {
      return instance(instances.get(0), true);
    }
    return F.arrayNode().addAll(instances.stream().map(a -> instance(a, false)).toList());
  }

  private static boolean isSingleDefault(List<Attribute> instances) {
    return instances.size() == 1 && instances.get(0).datasetId() == null;
  }

  /** One instance; {@code bare} allows the concise bare-value form (not inside arrays). */
  private JsonNode instance(Attribute a, boolean bare) {
    return options.format() == Format.SIMPLIFIED ? simplified(a) : full(a, bare);
  }

  private JsonNode simplified(Attribute a) {
    Optional<LanguageFilter.Selection> selected = selection(a);
    if (selected.isPresent()) {
      return selected.get().value().deepCopy();
    }
    JsonNode value = values.value(a);
    return switch (a.type()) {
      case PROPERTY, GEO_PROPERTY, RELATIONSHIP -> value;
      default -> {
        ObjectNode wrapper = F.objectNode();
        wrapper.set(a.type().valueKey(), value);
        yield wrapper;
      }
    };
  }

  private JsonNode full(Attribute a, boolean bare) {
    Optional<LanguageFilter.Selection> selected = selection(a);
    AttributeType type = selected.isPresent() ? AttributeType.PROPERTY : a.type();
    JsonNode value = selected.isPresent() ? selected.get().value().deepCopy() : values.value(a);
    ObjectNode o = F.objectNode();
    if (options.format() == Format.NORMALIZED) {
      o.put(Members.TYPE, type.term());
    }
    o.set(type.valueKey(), value);
    values.objectType(a, o);
    selected.ifPresent(s -> o.put(Members.LANG, s.language()));
    meta(a.meta(), o);
    if (options.format() == Format.CONCISE) {
      if (bare && o.size() == 1 && isBareable(type, value)) {
        return value;
      }
      if (Shape.of("", o).type() != type) {
        o.put(Members.TYPE, type.term());
      }
    }
    return o;
  }

  private void meta(AttributeMeta m, ObjectNode o) {
    if (m.datasetId() != null) {
      o.put(Members.DATASET_ID, m.datasetId());
    }
    if (m.observedAt() != null) {
      o.put(Members.OBSERVED_AT, DateTimes.format(m.observedAt()));
    }
    if (m.unitCode() != null) {
      o.put(Members.UNIT_CODE, m.unitCode());
    }
    if (options.sysAttrs() && m.createdAt() != null) {
      o.put(Members.CREATED_AT, DateTimes.format(m.createdAt()));
    }
    if (options.sysAttrs() && m.modifiedAt() != null) {
      o.put(Members.MODIFIED_AT, DateTimes.format(m.modifiedAt()));
    }
    writeAll(m.subAttributes(), o);
  }

  /**
   * Writes attributes under their compacted names into {@code target}, each in the context in
   * effect inside it ({@link LdContext#forAttributeValue}).
   */
  void writeAll(Attributes attributes, ObjectNode target) {
    attributes.forEach(
        (iri, list) -> {
          String name = ctx.compactAttributeName(iri);
          LdContext inner = ctx.forAttributeValue(name);
          AttributeWriter writer = inner == ctx ? this : new AttributeWriter(inner, options);
          target.set(name, writer.write(list));
        });
  }

  private Optional<LanguageFilter.Selection> selection(Attribute a) {
    if (options.lang() == null || !(a instanceof LanguageProperty l)) {
      return Optional.empty();
    }
    return options.lang().select(l.languageMap());
  }

  private static boolean isBareable(AttributeType type, JsonNode value) {
    if (type == AttributeType.GEO_PROPERTY) {
      return true;
    }
    if (type != AttributeType.PROPERTY || value.isObject()) {
      return false;
    }
    if (value.isArray()) {
      if (value.isEmpty()) {
        return false;
      }
      for (JsonNode n : value) {
        if (n.isObject()) {
          return false;
        }
      }
    }
    return true;
  }
}
