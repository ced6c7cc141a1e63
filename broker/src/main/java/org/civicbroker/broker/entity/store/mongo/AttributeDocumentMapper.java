package org.civicbroker.broker.entity.store.mongo;

import static org.civicbroker.broker.entity.store.mongo.EntityFields.BBOX;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.CREATED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.DATASET_ID;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.JSON;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.LANGUAGE_MAP;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.MODIFIED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.OBJECT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.OBJECT_LIST;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.OBJECT_TYPE;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.OBSERVED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.SUB;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.TYPE;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.UNIT_CODE;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.VALUE;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.VALUE_LIST;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.VOCAB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.AttributeType;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;

/** Attribute instances and attribute maps to BSON and back; layout in {@link EntityFields}. */
final class AttributeDocumentMapper {
  private AttributeDocumentMapper() {}

  static Document attributesToBson(Attributes attributes) {
    Document doc = new Document();
    attributes.forEach(
        (name, instances) -> doc.append(FieldNames.encode(name), instancesToBson(instances)));
    return doc;
  }

  private static List<Document> instancesToBson(List<Attribute> instances) {
    List<Document> docs = new ArrayList<>(instances.size());
    instances.forEach(instance -> docs.add(instanceToBson(instance)));
    return docs;
  }

  static Document instanceToBson(Attribute attribute) {
    Document doc = new Document(TYPE, attribute.type().term());
    switch (attribute.type()) {
      case PROPERTY -> doc.append(VALUE, JsonValues.toBson(((Property) attribute).value()));
      case RELATIONSHIP -> {
        Relationship r = (Relationship) attribute;
        putObjects(doc, OBJECT, r.objects(), r.objectTypes());
      }
      case GEO_PROPERTY -> {
        GeoProperty g = (GeoProperty) attribute;
        doc.append(VALUE, JsonValues.toBson(g.value()));
        Document box = GeoBounds.of(g.value());
        if (box != null) {
          doc.append(BBOX, box);
        }
      }
      case LANGUAGE_PROPERTY ->
          doc.append(LANGUAGE_MAP, JsonValues.toBson(((LanguageProperty) attribute).languageMap()));
      case VOCAB_PROPERTY -> doc.append(VOCAB, ((VocabProperty) attribute).vocab());
      case LIST_PROPERTY ->
          doc.append(VALUE_LIST, JsonValues.toBson(((ListProperty) attribute).valueList()));
      case LIST_RELATIONSHIP -> {
        ListRelationship l = (ListRelationship) attribute;
        putObjects(doc, OBJECT_LIST, l.objectList(), l.objectTypes());
      }
      case JSON_PROPERTY -> doc.append(JSON, JsonValues.toBson(((JsonProperty) attribute).json()));
    }
    putMeta(doc, attribute.meta());
    return doc;
  }

  private static void putObjects(
      Document doc, String key, List<String> objects, List<String> types) {
    doc.append(key, objects);
    if (!types.isEmpty()) {
      doc.append(OBJECT_TYPE, types);
    }
  }

  private static void putMeta(Document doc, AttributeMeta meta) {
    putIfPresent(doc, DATASET_ID, meta.datasetId());
    Timestamps.put(doc, OBSERVED_AT, meta.observedAt());
    putIfPresent(doc, UNIT_CODE, meta.unitCode());
    Timestamps.put(doc, CREATED_AT, meta.createdAt());
    Timestamps.put(doc, MODIFIED_AT, meta.modifiedAt());
    if (!meta.subAttributes().isEmpty()) {
      doc.append(SUB, attributesToBson(meta.subAttributes()));
    }
  }

  private static void putIfPresent(Document doc, String key, String value) {
    if (value != null) {
      doc.append(key, value);
    }
  }

  static Attributes attributesFromBson(Document doc) {
    if (doc == null || doc.isEmpty()) {
      return Attributes.EMPTY;
    }
    Map<String, List<Attribute>> map = new LinkedHashMap<>();
    doc.forEach(
        (name, instances) -> map.put(FieldNames.decode(name), instancesFromBson(instances)));
    return Attributes.of(map);
  }

  private static List<Attribute> instancesFromBson(Object value) {
    List<Attribute> instances = new ArrayList<>();
    for (Object instance : (List<?>) value) {
      instances.add(instanceFromBson((Document) instance));
    }
    return instances;
  }

  static Attribute instanceFromBson(Document doc) {
    AttributeMeta meta = metaFromBson(doc);
    AttributeType type =
        AttributeType.of(doc.getString(TYPE))
            .orElseThrow(() -> new IllegalArgumentException("Unknown stored attribute type"));
    return switch (type) {
      case PROPERTY -> new Property(json(doc, VALUE), meta);
      case RELATIONSHIP -> new Relationship(strings(doc, OBJECT), strings(doc, OBJECT_TYPE), meta);
      case GEO_PROPERTY -> new GeoProperty((ObjectNode) json(doc, VALUE), meta);
      case LANGUAGE_PROPERTY -> new LanguageProperty((ObjectNode) json(doc, LANGUAGE_MAP), meta);
      case VOCAB_PROPERTY -> new VocabProperty(strings(doc, VOCAB), meta);
      case LIST_PROPERTY -> new ListProperty(JsonValues.arrayFromBson(list(doc, VALUE_LIST)), meta);
      case LIST_RELATIONSHIP ->
          new ListRelationship(strings(doc, OBJECT_LIST), strings(doc, OBJECT_TYPE), meta);
      case JSON_PROPERTY -> new JsonProperty(json(doc, JSON), meta);
    };
  }

  private static JsonNode json(Document doc, String key) {
    if (!doc.containsKey(key)) {
      throw new IllegalArgumentException("Stored attribute lacks '" + key + "'");
    }
    return JsonValues.fromBson(doc.get(key));
  }

  private static List<?> list(Document doc, String key) {
    return doc.get(key, List.class);
  }

  private static List<String> strings(Document doc, String key) {
    List<String> values = doc.getList(key, String.class);
    return values == null ? List.of() : values;
  }

  private static AttributeMeta metaFromBson(Document doc) {
    return new AttributeMeta(
        doc.getString(DATASET_ID),
        Timestamps.get(doc, OBSERVED_AT),
        doc.getString(UNIT_CODE),
        Timestamps.get(doc, CREATED_AT),
        Timestamps.get(doc, MODIFIED_AT),
        attributesFromBson(doc.get(SUB, Document.class)));
  }
}
