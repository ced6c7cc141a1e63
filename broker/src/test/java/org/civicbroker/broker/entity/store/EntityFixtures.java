package org.civicbroker.broker.entity.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.civicbroker.model.id.EntityId;

/**
 * Reads test entities from fixture files: normalized NGSI-LD with names and types already expanded,
 * as the model holds them. Only what the fixtures need; no validation.
 */
public final class EntityFixtures {
  /** Jackson defaults: doubles for decimals, BigInteger beyond long. */
  public static final ObjectMapper DEFAULT_NUMBERS = new ObjectMapper();

  /** Decimals as exact BigDecimals (scale kept), to cover DecimalNode values too. */
  public static final ObjectMapper EXACT_DECIMALS =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private static final Set<String> MEMBERS =
      Set.of(
          "type",
          "value",
          "object",
          "objectType",
          "languageMap",
          "vocab",
          "valueList",
          "objectList",
          "json",
          "datasetId",
          "observedAt",
          "unitCode",
          "createdAt",
          "modifiedAt");

  private EntityFixtures() {}

  public static Entity load(String name) {
    return load(name, DEFAULT_NUMBERS);
  }

  public static Entity load(String name, ObjectMapper mapper) {
    try (InputStream in = EntityFixtures.class.getResourceAsStream("/store/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return entity((ObjectNode) mapper.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture with another id, so that tests can store it many times. */
  public static Entity load(String name, EntityId id) {
    Entity e = load(name);
    return new Entity(id, e.types(), e.scopes(), e.attributes(), e.createdAt(), e.modifiedAt());
  }

  public static Entity entity(ObjectNode node) {
    Map<String, List<Attribute>> attrs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      if (!Set.of("id", "type", "scope", "createdAt", "modifiedAt").contains(member.getKey())) {
        attrs.put(member.getKey(), instances(member.getValue()));
      }
    }
    return new Entity(
        EntityId.of(node.get("id").textValue()),
        strings(node.get("type")),
        strings(node.get("scope")),
        Attributes.of(attrs),
        instant(node.get("createdAt")),
        instant(node.get("modifiedAt")));
  }

  private static List<Attribute> instances(JsonNode node) {
    List<Attribute> list = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> list.add(attribute((ObjectNode) n)));
    } else {
      list.add(attribute((ObjectNode) node));
    }
    return list;
  }

  private static Attribute attribute(ObjectNode n) {
    AttributeMeta meta = meta(n);
    return switch (n.get("type").textValue()) {
      case "Property" -> new Property(n.get("value"), meta);
      case "Relationship" ->
          new Relationship(strings(n.get("object")), strings(n.get("objectType")), meta);
      case "GeoProperty" -> new GeoProperty((ObjectNode) n.get("value"), meta);
      case "LanguageProperty" -> new LanguageProperty((ObjectNode) n.get("languageMap"), meta);
      case "VocabProperty" -> new VocabProperty(strings(n.get("vocab")), meta);
      case "ListProperty" -> new ListProperty((ArrayNode) n.get("valueList"), meta);
      case "ListRelationship" ->
          new ListRelationship(strings(n.get("objectList")), strings(n.get("objectType")), meta);
      case "JsonProperty" -> new JsonProperty(n.get("json"), meta);
      default -> throw new IllegalArgumentException("Unknown type in fixture: " + n.get("type"));
    };
  }

  private static AttributeMeta meta(ObjectNode n) {
    Map<String, List<Attribute>> sub = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : n.properties()) {
      if (!MEMBERS.contains(member.getKey())) {
        sub.put(member.getKey(), instances(member.getValue()));
      }
    }
    return new AttributeMeta(
        text(n.get("datasetId")),
        instant(n.get("observedAt")),
        text(n.get("unitCode")),
        instant(n.get("createdAt")),
        instant(n.get("modifiedAt")),
        Attributes.of(sub));
  }

  private static List<String> strings(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (node.isTextual()) {
      return List.of(node.textValue());
    }
    List<String> list = new ArrayList<>();
    node.forEach(n -> list.add(n.textValue()));
    return list;
  }

  private static String text(JsonNode node) {
    return node == null ? null : node.textValue();
  }

  private static Instant instant(JsonNode node) {
    return node == null ? null : Instant.parse(node.textValue());
  }
}
