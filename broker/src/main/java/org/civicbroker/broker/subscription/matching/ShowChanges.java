package org.civicbroker.broker.subscription.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
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
 * {@code showChanges} (clause 5.2.14): each updated attribute instance of a rendered entity gets
 * its value before the change ({@code previousValue}, {@code previousObject}, {@code
 * previousLanguageMap}, {@code previousVocab}, {@code previousValueList}, {@code
 * previousObjectList}, {@code previousJson}).
 */
final class ShowChanges {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ShowChanges() {}

  static void add(
      ObjectNode rendered, Entity before, Entity after, Set<String> changed, LdContext ctx) {
    for (String name : changed) {
      List<Attribute> now = after.attributes().get(name);
      if (now.isEmpty() || !before.attributes().contains(name)) {
        continue;
      }
      String key = ctx.compactAttributeName(name);
      JsonNode out = rendered.get(key);
      if (out == null) {
        continue;
      }
      for (int i = 0; i < now.size(); i++) {
        Attribute current = now.get(i);
        Attribute previous = before.attributes().instance(name, current.datasetId()).orElse(null);
        if (previous == null) {
          continue;
        }
        JsonNode target = out.isArray() ? out.get(i) : out;
        ObjectNode object =
            target instanceof ObjectNode o ? o : wrap(rendered, key, out, i, target);
        addPrevious(object, previous, ctx);
      }
    }
  }

  /** A concise bare value becomes {@code {"value": ...}} so it can carry its previous value. */
  private static ObjectNode wrap(ObjectNode rendered, String key, JsonNode out, int i, JsonNode v) {
    ObjectNode object = F.objectNode();
    object.set("value", v);
    if (out.isArray()) {
      ((ArrayNode) out).set(i, object);
    } else {
      rendered.set(key, object);
    }
    return object;
  }

  /** Adds the previous value of {@code previous} to {@code object}, per attribute type. */
  static void addPrevious(ObjectNode object, Attribute previous, LdContext ctx) {
    if (previous instanceof Property p) {
      object.set("previousValue", p.value());
    } else if (previous instanceof GeoProperty g) {
      object.set("previousValue", g.value());
    } else if (previous instanceof Relationship r) {
      object.set("previousObject", oneOrMany(r.objects()));
    } else if (previous instanceof LanguageProperty l) {
      object.set("previousLanguageMap", l.languageMap());
    } else if (previous instanceof VocabProperty v) {
      object.set("previousVocab", oneOrMany(v.vocab().stream().map(ctx::compactVocab).toList()));
    } else if (previous instanceof ListProperty l) {
      object.set("previousValueList", l.valueList());
    } else if (previous instanceof ListRelationship l) {
      ArrayNode list = F.arrayNode();
      l.objectList().forEach(o -> list.addObject().put("object", o));
      object.set("previousObjectList", list);
    } else if (previous instanceof JsonProperty j) {
      object.set("previousJson", j.json());
    }
  }

  private static JsonNode oneOrMany(List<String> values) {
    return values.size() == 1 ? F.textNode(values.get(0)) : strings(values);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = F.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
