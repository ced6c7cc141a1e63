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
 * What Titanium makes of each name in all three positions at once: entity i has the name as an
 * attribute (Property or Relationship), as its type, and as the vocab value of a VocabProperty. One
 * Titanium call per direction keeps property tests fast (Titanium processes the core context again
 * on every call).
 */
final class CombinedQueries {
  private static final String NGSI = CoreContext.NGSI_LD_NAMESPACE;
  private static final String VOCAB_ATTRIBUTE = OracleQueries.VOCAB_ATTRIBUTE;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Per name (or IRI): the attribute name, the type and the vocab value. */
  record Names(List<String> attributes, List<String> types, List<String> vocabs) {}

  private final TitaniumOracle oracle;
  private final JsonNode userContext;
  private final OracleQueries single;

  CombinedQueries(TitaniumOracle oracle, JsonNode userContext) {
    this.oracle = oracle;
    this.userContext = userContext;
    this.single = new OracleQueries(oracle, userContext);
  }

  OracleQueries single() {
    return single;
  }

  /** Expansions; Titanium's NullPointerException on null types or vocab values: one by one. */
  Names expand(List<String> names) throws JsonLdError {
    try {
      return expandBatch(names);
    } catch (NullPointerException e) {
      return new Names(
          single.expandAttributeNames(names),
          single.expandTypes(names),
          single.expandVocabs(names));
    }
  }

  private Names expandBatch(List<String> names) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      ObjectNode entity = entities.addObject().put("@id", OracleQueries.id(i)).put("@type", name);
      ObjectNode attribute = entity.putObject(name);
      if (i % 2 == 0) {
        attribute.put("type", "Property").put("value", "some value");
      } else {
        attribute.put("type", "Relationship").put("object", "urn:ngsi-ld:Other:" + i);
      }
      entity.putObject(VOCAB_ATTRIBUTE).put("type", "VocabProperty").put("vocab", name);
    }
    JsonNode expanded = oracle.expand(entities, userContext);
    OracleQueries.assertSameNodes(expanded, names.size());
    Names result = new Names(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (JsonNode node : expanded) {
      result.attributes().add(attributeKey(node.has("@reverse") ? node.get("@reverse") : node));
      result.types().add(text(node.path("@type").path(0)));
      result
          .vocabs()
          .add(
              text(node.path(VOCAB_ATTRIBUTE).path(0).path(NGSI + "hasVocab").path(0).path("@id")));
    }
    return result;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : null;
  }

  private static String attributeKey(JsonNode node) {
    String found = null;
    for (String key : (Iterable<String>) node::fieldNames) {
      if (!key.equals("@id") && !key.equals("@type") && !key.equals(VOCAB_ATTRIBUTE)) {
        if (found != null) {
          throw new IllegalStateException("several attributes in " + node);
        }
        found = key;
      }
    }
    return found;
  }

  /** Compactions of expanded IRIs; fails as a whole when one of them cannot be compacted. */
  Names compact(List<String> iris) throws JsonLdError {
    ArrayNode entities = NODES.arrayNode();
    for (int i = 0; i < iris.size(); i++) {
      String iri = iris.get(i);
      ObjectNode entity = entities.addObject().put("@id", OracleQueries.id(i));
      entity.putArray("@type").add(iri);
      ObjectNode attribute = entity.putArray(iri).addObject();
      attribute.putArray("@type").add(NGSI + "Property");
      attribute.putArray(NGSI + "hasValue").addObject().put("@value", "some value");
      ObjectNode vocab = entity.putArray(VOCAB_ATTRIBUTE).addObject();
      vocab.putArray("@type").add(NGSI + "VocabProperty");
      vocab.putArray(NGSI + "hasVocab").addObject().put("@id", iri);
    }
    List<JsonNode> nodes = OracleQueries.nodes(oracle.compact(entities, userContext));
    Names result = new Names(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < nodes.size(); i++) {
      read(nodes.get(i), OracleQueries.id(i), result);
    }
    return result;
  }

  /**
   * Reads a compacted entity: the type is its only string besides the id, the vocab attribute keeps
   * its (absolute) name, the other structured value is the attribute.
   */
  private static void read(JsonNode node, String id, Names result) {
    String attribute = null;
    String type = null;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (value.isTextual() && !value.textValue().equals(id)) {
        type = value.textValue();
      } else if (value.isContainerNode() && !entry.getKey().equals(VOCAB_ATTRIBUTE)) {
        attribute = entry.getKey();
      }
    }
    result.attributes().add(attribute);
    result.types().add(type);
    result.vocabs().add(vocabValue(node.get(VOCAB_ATTRIBUTE)));
  }

  /** The value of a compacted VocabProperty: its string member other than the type. */
  private static String vocabValue(JsonNode attribute) {
    for (Map.Entry<String, JsonNode> entry : attribute.properties()) {
      if (!entry.getKey().equals("type") && entry.getValue().isTextual()) {
        return entry.getValue().textValue();
      }
    }
    throw new IllegalStateException("no vocab value in " + attribute);
  }
}
