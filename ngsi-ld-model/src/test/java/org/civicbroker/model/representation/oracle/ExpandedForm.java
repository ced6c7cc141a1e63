package org.civicbroker.model.representation.oracle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;
import org.civicbroker.model.representation.DateTimes;

/**
 * Test-only: an entity as read by the fast path, in the JSON-LD expanded form that full JSON-LD
 * expansion of its normalized payload gives (the core context's definitions: {@code value} is
 * {@code ngsi-ld:hasValue}, {@code object} is {@code ngsi-ld:hasObject} typed {@code @id}, {@code
 * objectList} a list of node objects, {@code observedAt} typed {@code ngsi-ld:DateTime} ...).
 *
 * <p>Value contents (of {@code hasValue}, {@code hasLanguageMap}, {@code hasValueList} and {@code
 * hasJSON}) are put as the fast path keeps them: plain JSON, not expanded. {@link Normalization}
 * turns Titanium's expanded value contents back into plain JSON for the comparison.
 */
final class ExpandedForm {
  static final String NGSI = "https://uri.etsi.org/ngsi-ld/";
  static final String HAS_VALUE = NGSI + "hasValue";
  static final String HAS_OBJECT = NGSI + "hasObject";
  static final String HAS_OBJECT_TYPE = NGSI + "hasObjectType";
  static final String HAS_LANGUAGE_MAP = NGSI + "hasLanguageMap";
  static final String HAS_VOCAB = NGSI + "hasVocab";
  static final String HAS_VALUE_LIST = NGSI + "hasValueList";
  static final String HAS_OBJECT_LIST = NGSI + "hasObjectList";
  static final String HAS_JSON = NGSI + "hasJSON";
  static final String OBSERVED_AT = NGSI + "observedAt";
  static final String UNIT_CODE = NGSI + "unitCode";
  static final String DATASET_ID = NGSI + "datasetId";
  static final String SCOPE = NGSI + "scope";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ExpandedForm() {}

  static ObjectNode of(Entity entity) {
    ObjectNode node = F.objectNode().put("@id", entity.id().value());
    node.set("@type", ids(entity.types(), false));
    if (!entity.scopes().isEmpty()) {
      ArrayNode scopes = node.putArray(SCOPE);
      entity.scopes().forEach(s -> scopes.addObject().put("@value", s));
    }
    attributes(entity.attributes(), node);
    return node;
  }

  private static void attributes(Attributes attributes, ObjectNode target) {
    attributes.forEach(
        (iri, instances) -> {
          ArrayNode array = target.putArray(iri);
          instances.forEach(a -> array.add(instance(a)));
        });
  }

  private static ObjectNode instance(Attribute a) {
    ObjectNode o = F.objectNode();
    o.putArray("@type").add(a.type().iri());
    value(a, o);
    AttributeMeta m = a.meta();
    if (m.observedAt() != null) {
      o.putArray(OBSERVED_AT)
          .addObject()
          .put("@value", DateTimes.format(m.observedAt()))
          .put("@type", NGSI + "DateTime");
    }
    if (m.unitCode() != null) {
      o.putArray(UNIT_CODE).addObject().put("@value", m.unitCode());
    }
    if (m.datasetId() != null) {
      o.putArray(DATASET_ID).addObject().put("@id", m.datasetId());
    }
    attributes(m.subAttributes(), o);
    return o;
  }

  private static void value(Attribute a, ObjectNode o) {
    if (a instanceof Property p) {
      o.set(HAS_VALUE, p.value());
    } else if (a instanceof GeoProperty g) {
      o.set(HAS_VALUE, g.value());
    } else if (a instanceof Relationship r) {
      o.set(HAS_OBJECT, ids(r.objects(), true));
      objectTypes(r.objectTypes(), o);
    } else if (a instanceof LanguageProperty l) {
      o.set(HAS_LANGUAGE_MAP, l.languageMap());
    } else if (a instanceof VocabProperty v) {
      o.set(HAS_VOCAB, ids(v.vocab(), true));
    } else if (a instanceof ListProperty l) {
      o.set(HAS_VALUE_LIST, l.valueList());
    } else if (a instanceof ListRelationship l) {
      ArrayNode list = o.putArray(HAS_OBJECT_LIST).addObject().putArray("@list");
      l.objectList().forEach(u -> list.addObject().set(HAS_OBJECT, ids(List.of(u), true)));
      objectTypes(l.objectTypes(), o);
    } else {
      o.set(HAS_JSON, ((JsonProperty) a).json());
    }
  }

  private static void objectTypes(List<String> types, ObjectNode o) {
    if (!types.isEmpty()) {
      o.set(HAS_OBJECT_TYPE, ids(types, true));
    }
  }

  /** IRIs as node references ({@code {"@id": ...}}) or, for {@code @type}, as strings. */
  private static ArrayNode ids(List<String> iris, boolean references) {
    ArrayNode array = F.arrayNode();
    iris.forEach(i -> array.add(references ? F.objectNode().put("@id", i) : F.textNode(i)));
    return array;
  }
}
