package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Writes the value member of each attribute type, compacting {@code vocab} values and {@code
 * objectType} with the {@link LdContext}. Values of Properties are written as stored.
 */
final class ValueWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final LdContext ctx;

  ValueWriter(LdContext ctx) {
    this.ctx = ctx;
  }

  /** The value member content: what goes under {@code type.valueKey()}. */
  JsonNode value(Attribute a) {
    if (a instanceof Property p) {
      return p.value().deepCopy();
    }
    if (a instanceof GeoProperty g) {
      return g.value().deepCopy();
    }
    if (a instanceof Relationship r) {
      return oneOrMany(r.objects(), UnaryOperator.identity());
    }
    if (a instanceof LanguageProperty l) {
      return l.languageMap().deepCopy();
    }
    if (a instanceof VocabProperty v) {
      return oneOrMany(v.vocab(), ctx::compactVocab);
    }
    if (a instanceof ListProperty l) {
      return l.valueList().deepCopy();
    }
    if (a instanceof ListRelationship l) {
      ArrayNode list = F.arrayNode();
      l.objectList().forEach(uri -> list.addObject().put(Members.OBJECT, uri));
      return list;
    }
    return ((JsonProperty) a).json().deepCopy();
  }

  /** Adds {@code objectType} (compacted) for relationships that have one. */
  void objectType(Attribute a, ObjectNode target) {
    List<String> types = List.of();
    if (a instanceof Relationship r) {
      types = r.objectTypes();
    } else if (a instanceof ListRelationship l) {
      types = l.objectTypes();
    }
    if (!types.isEmpty()) {
      target.set(Members.OBJECT_TYPE, oneOrMany(types, ctx::compactType));
    }
  }

  /** A string when there is one item, else an array. */
  static JsonNode oneOrMany(List<String> items, UnaryOperator<String> f) {
    if (items.size() == 1) {
      return F.textNode(f.apply(items.get(0)));
    }
    ArrayNode array = F.arrayNode();
    items.forEach(i -> array.add(f.apply(i)));
    return array;
  }
}
