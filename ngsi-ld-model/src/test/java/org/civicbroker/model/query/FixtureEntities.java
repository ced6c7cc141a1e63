package org.civicbroker.model.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * Reads test fixture entities (normalized NGSI-LD JSON with compact names, no validation) from
 * {@code src/test/resources/query/entities/} into model {@link Entity} records, expanding names
 * with {@link TestLdContext}. A test-only stand-in for the representation readers.
 */
public final class FixtureEntities {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TestLdContext CTX = TestLdContext.INSTANCE;
  private static final Set<String> RESERVED =
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

  private FixtureEntities() {}

  public static Entity load(String name) {
    String resource = "/query/entities/" + name;
    try (InputStream in = FixtureEntities.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return entity((ObjectNode) MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Entity entity(ObjectNode json) {
    List<String> types = new ArrayList<>();
    strings(json.get("type")).forEach(t -> types.add(CTX.expandType(t)));
    List<String> scopes = json.has("scope") ? strings(json.get("scope")) : List.of();
    Map<String, List<Attribute>> attrs = new LinkedHashMap<>();
    json.fields()
        .forEachRemaining(
            f -> {
              if (!Set.of("id", "type", "scope", "@context").contains(f.getKey())) {
                attrs.put(CTX.expandAttributeName(f.getKey()), instances(f.getValue()));
              }
            });
    return new Entity(
        EntityId.of(json.get("id").asText()), types, scopes, Attributes.of(attrs), null, null);
  }

  private static List<Attribute> instances(JsonNode node) {
    List<Attribute> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(attribute((ObjectNode) n)));
    } else {
      out.add(attribute((ObjectNode) node));
    }
    return out;
  }

  private static Attribute attribute(ObjectNode n) {
    AttributeMeta meta = meta(n);
    return switch (n.get("type").asText()) {
      case "Property" -> new Property(n.get("value"), meta);
      case "Relationship" ->
          new Relationship(strings(n.get("object")), strings(n.get("objectType")), meta);
      case "GeoProperty" -> new GeoProperty((ObjectNode) n.get("value"), meta);
      case "LanguageProperty" -> new LanguageProperty((ObjectNode) n.get("languageMap"), meta);
      case "VocabProperty" ->
          new VocabProperty(strings(n.get("vocab")).stream().map(CTX::expandVocab).toList(), meta);
      case "ListProperty" -> new ListProperty((ArrayNode) n.get("valueList"), meta);
      case "ListRelationship" -> new ListRelationship(strings(n.get("objectList")), null, meta);
      case "JsonProperty" -> new JsonProperty(n.get("json"), meta);
      default -> throw new IllegalArgumentException("attribute type " + n.get("type"));
    };
  }

  private static AttributeMeta meta(ObjectNode n) {
    Map<String, List<Attribute>> subs = new LinkedHashMap<>();
    n.fields()
        .forEachRemaining(
            f -> {
              if (!RESERVED.contains(f.getKey()) && f.getValue().isObject()) {
                subs.put(CTX.expandAttributeName(f.getKey()), instances(f.getValue()));
              }
            });
    return new AttributeMeta(
        text(n, "datasetId"),
        instant(n, "observedAt"),
        text(n, "unitCode"),
        instant(n, "createdAt"),
        instant(n, "modifiedAt"),
        Attributes.of(subs));
  }

  private static String text(ObjectNode n, String key) {
    return n.has(key) ? n.get(key).asText() : null;
  }

  private static Instant instant(ObjectNode n, String key) {
    return n.has(key) ? Instant.parse(n.get(key).asText()) : null;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(e -> out.add(e.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }
}
