package org.civicbroker.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** JSON helpers for assertions: parsing bodies and fixtures, and reading members. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }

  public static JsonNode parse(Response response) {
    return parse(response.asString());
  }

  /**
   * The fixture's JSON (placeholders filled as in {@link Fixtures#text(String, java.util.Map)}).
   */
  public static ObjectNode fixture(String path, java.util.Map<String, String> values) {
    return (ObjectNode) parse(Fixtures.text(path, values));
  }

  /** The fixture's JSON with {@code ${id}} filled. */
  public static JsonNode expected(String path, String id) {
    return parse(Fixtures.text(path, java.util.Map.of("id", id)));
  }

  /** The fixture's JSON (no placeholders). */
  public static JsonNode expected(String path) {
    return parse(Fixtures.text(path));
  }

  /** The member names of an object, sorted. */
  public static Set<String> keys(JsonNode object) {
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** The member names of an object without {@code @context}, sorted. */
  public static Set<String> keysWithoutContext(JsonNode object) {
    Set<String> keys = keys(object);
    keys.remove("@context");
    return keys;
  }

  /**
   * The instances of an attribute: a single-instance attribute is an object, a multi-attribute
   * (clause 4.5.5) is an array of objects.
   */
  public static List<JsonNode> instances(JsonNode attribute) {
    List<JsonNode> result = new ArrayList<>();
    if (attribute == null || attribute.isMissingNode()) {
      return result;
    }
    if (attribute.isArray()) {
      Iterator<JsonNode> it = attribute.elements();
      it.forEachRemaining(result::add);
    } else {
      result.add(attribute);
    }
    return result;
  }

  /** The instance of an attribute with the given datasetId ({@code null}: the default one). */
  public static JsonNode instance(JsonNode attribute, String datasetId) {
    for (JsonNode instance : instances(attribute)) {
      JsonNode ds = instance.get("datasetId");
      boolean matches =
          datasetId == null ? ds == null : ds != null && datasetId.equals(ds.asText());
      if (matches) {
        return instance;
      }
    }
    return null;
  }
}
