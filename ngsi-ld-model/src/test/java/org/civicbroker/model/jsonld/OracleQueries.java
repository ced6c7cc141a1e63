package org.civicbroker.model.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Titanium makes of NGSI-LD names: each query builds tiny NGSI-LD entities (one per name, in
 * one document), runs full expansion or compaction, and reads the names back.
 */
final class OracleQueries {
  static final String NGSI = CoreContext.NGSI_LD_NAMESPACE;
  static final String VOCAB_ATTRIBUTE = "http://example.org/attribute/vocabAttribute";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final TitaniumOracle oracle;
  private final JsonNode userContext;

  OracleQueries(TitaniumOracle oracle, JsonNode userContext) {
    this.oracle = oracle;
    this.userContext = userContext;
  }

  /** Entity ids and type: never among the generated names or IRIs. */
  static String id(int i) {
    return "urn:test:entity:" + i;
  }

  static final String TYPE = "http://example.org/type/Thing";

  /** Expanded attribute names; null where JSON-LD drops the attribute. */
  List<String> expandAttributeNames(List<String> names) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < names.size(); i++) {
      ObjectNode entity = entities.addObject().put("@id", id(i)).put("@type", TYPE);
      ObjectNode attribute = entity.putObject(names.get(i));
      if (i % 2 == 0) {
        attribute.put("type", "Property").put("value", "some value");
      } else {
        attribute.put("type", "Relationship").put("object", "urn:ngsi-ld:Other:" + i);
      }
    }
    JsonNode expanded = oracle.expand(entities, userContext);
    assertSameNodes(expanded, names.size());
    List<String> result = new ArrayList<>();
    for (JsonNode node : expanded) {
      result.add(singleKey(node.has("@reverse") ? node.get("@reverse") : node));
    }
    return result;
  }

  /** Expansion keeps every entity, in order (each has a type or an attribute left). */
  static void assertSameNodes(JsonNode expanded, int count) {
    for (int i = 0; i < count; i++) {
      if (!id(i).equals(expanded.path(i).path("@id").asText())) {
        throw new IllegalStateException("entity " + i + " lost in " + expanded);
      }
    }
  }

  private static String singleKey(JsonNode node) {
    String found = null;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!entry.getKey().equals("@id") && !entry.getKey().equals("@type")) {
        if (found != null) {
          throw new IllegalStateException("several attributes in " + node);
        }
        found = entry.getKey();
      }
    }
    return found;
  }

  /** Compacted attribute names of expanded NGSI-LD attributes (node objects). */
  List<String> compactAttributeNames(List<String> iris) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < iris.size(); i++) {
      ObjectNode entity = expandedEntity(i);
      entities.add(entity);
      ObjectNode attribute = entity.putArray(iris.get(i)).addObject();
      attribute.putArray("@type").add(NGSI + "Property");
      attribute.putArray(NGSI + "hasValue").addObject().put("@value", "some value");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode node : nodes(oracle.compact(entities, userContext))) {
      result.add(keyOfStructuredValue(node));
    }
    return result;
  }

  private static ObjectNode expandedEntity(int i) {
    ObjectNode entity = NODES.objectNode().put("@id", id(i));
    entity.putArray("@type").add(TYPE);
    return entity;
  }

  static List<JsonNode> nodes(JsonNode compacted) {
    List<JsonNode> nodes = new ArrayList<>();
    if (compacted.has("@graph")) {
      compacted.get("@graph").forEach(nodes::add);
    } else {
      nodes.add(compacted);
    }
    return nodes;
  }

  private static String keyOfStructuredValue(JsonNode node) {
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (entry.getValue().isContainerNode() && !entry.getKey().equals("@context")) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("no attribute in " + node);
  }

  /** Expanded entity types; null where the type is dropped. */
  List<String> expandTypes(List<String> types) throws JsonLdError {
    return dropNulls(types, this::expandTypeBatch);
  }

  private List<String> expandTypeBatch(List<String> types) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < types.size(); i++) {
      ObjectNode entity = entities.addObject().put("@id", id(i)).put("@type", types.get(i));
      entity.put(VOCAB_ATTRIBUTE, "keeps the node when its type is dropped");
    }
    JsonNode expanded = oracle.expand(entities, userContext);
    assertSameNodes(expanded, types.size());
    List<String> result = new ArrayList<>();
    for (JsonNode node : expanded) {
      JsonNode type = node.path("@type").path(0);
      result.add(type.isTextual() ? type.textValue() : null);
    }
    return result;
  }

  /** Compacted entity types. */
  List<String> compactTypes(List<String> iris) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < iris.size(); i++) {
      ObjectNode entity = NODES.objectNode().put("@id", id(i));
      entity.putArray("@type").add(iris.get(i));
      entities.add(entity);
    }
    List<String> result = new ArrayList<>();
    List<JsonNode> nodes = nodes(oracle.compact(entities, userContext));
    for (int i = 0; i < nodes.size(); i++) {
      result.add(valueOtherThan(nodes.get(i), id(i)));
    }
    return result;
  }

  private static String valueOtherThan(JsonNode node, String id) {
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (value.isTextual() && !value.textValue().equals(id)) {
        return value.textValue();
      }
    }
    throw new IllegalStateException("no type in " + node);
  }

  /** Expanded {@code vocab} values of a VocabProperty; null where the value is dropped. */
  List<String> expandVocabs(List<String> values) throws JsonLdError {
    return dropNulls(values, this::expandVocabBatch);
  }

  interface Batch {
    List<String> apply(List<String> items) throws JsonLdError;
  }

  /**
   * Titanium 1.6.0 throws a NullPointerException for a type or vocab value that expands to null (a
   * term defined as null): such a value is taken as dropped, as JSON-LD drops it.
   */
  private static List<String> dropNulls(List<String> items, Batch batch) throws JsonLdError {
    try {
      return batch.apply(items);
    } catch (NullPointerException batchFailure) {
      List<String> result = new ArrayList<>();
      for (String item : items) {
        try {
          result.add(batch.apply(List.of(item)).get(0));
        } catch (NullPointerException e) {
          result.add(null);
        }
      }
      return result;
    }
  }

  private List<String> expandVocabBatch(List<String> values) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < values.size(); i++) {
      ObjectNode entity = entities.addObject().put("@id", id(i)).put("@type", TYPE);
      entity.putObject(VOCAB_ATTRIBUTE).put("type", "VocabProperty").put("vocab", values.get(i));
    }
    JsonNode expanded = oracle.expand(entities, userContext);
    assertSameNodes(expanded, values.size());
    List<String> result = new ArrayList<>();
    for (JsonNode node : expanded) {
      JsonNode id = node.path(VOCAB_ATTRIBUTE).path(0).path(NGSI + "hasVocab").path(0).path("@id");
      result.add(id.isTextual() ? id.textValue() : null);
    }
    return result;
  }

  /** Compacted {@code vocab} values. */
  List<String> compactVocabs(List<String> iris) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < iris.size(); i++) {
      ObjectNode entity = expandedEntity(i);
      ObjectNode attribute = entity.putArray(VOCAB_ATTRIBUTE).addObject();
      attribute.putArray("@type").add(NGSI + "VocabProperty");
      attribute.putArray(NGSI + "hasVocab").addObject().put("@id", iris.get(i));
      entities.add(entity);
    }
    List<String> result = new ArrayList<>();
    for (JsonNode node : nodes(oracle.compact(entities, userContext))) {
      JsonNode attribute = node.get(keyOfStructuredValue(node));
      result.add(attribute.get("vocab").textValue());
    }
    return result;
  }
}
