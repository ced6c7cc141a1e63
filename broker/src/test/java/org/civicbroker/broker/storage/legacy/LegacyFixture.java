package org.civicbroker.broker.storage.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.civicbroker.model.jsonld.CompiledContext;
import org.civicbroker.model.jsonld.ContextCompiler;

/**
 * The legacy-h2 fixture ({@code src/test/resources/legacy-h2}, made by its {@code
 * make-fixture.sh}): a store file written by the embedded server, and what the API answered for
 * each entity and subscription before it was stopped. The API's names are compact (core context
 * only); they are expanded here to compare with stored entities.
 */
public final class LegacyFixture {
  public static final String DEFAULT_TENANT = "default";
  public static final String CITY_TENANT = "legacy-city";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CompiledContext CORE = ContextCompiler.coreOnly();
  private static final Set<String> ENTITY_MEMBERS =
      Set.of("id", "type", "scope", "createdAt", "modifiedAt", "@context");

  /**
   * An entity as the API showed it, names expanded.
   *
   * @param instances number of instances per expanded attribute name
   */
  public record ExpectedEntity(
      String id,
      long version,
      List<String> types,
      List<String> scopes,
      Map<String, Integer> instances,
      Instant createdAt,
      Instant modifiedAt) {}

  private LegacyFixture() {}

  /** Copies the fixture's store file into {@code dataDir}; returns the copy. */
  public static Path copyStoreTo(Path dataDir) throws IOException {
    Path file = dataDir.resolve(LegacyH2Store.FILE_NAME);
    try (InputStream in = LegacyFixture.class.getResourceAsStream("/legacy-h2/broker.mv.db")) {
      Files.copy(in, file);
    }
    return file;
  }

  /** The entities of a tenant ({@code default} or {@code legacy-city}), by id. */
  public static Map<String, ExpectedEntity> entities(String tenant) {
    JsonNode versions = read(expected().resolve("versions.json")).get(tenant);
    Map<String, ExpectedEntity> entities = new LinkedHashMap<>();
    for (JsonNode json : readAll(expected().resolve(tenant).resolve("entities"))) {
      String id = json.get("id").asText();
      entities.put(id, entity(json, versions.get(id).asLong()));
    }
    return entities;
  }

  /** The ids of the subscriptions of a tenant. */
  public static Set<String> subscriptionIds(String tenant) {
    return subscriptions(tenant).keySet();
  }

  /** The subscriptions of a tenant as the API showed them, by id. */
  public static Map<String, JsonNode> subscriptions(String tenant) {
    return byId(readAll(expected().resolve(tenant).resolve("subscriptions")));
  }

  /** The entities of a tenant as the API showed them ({@code options=sysAttrs}), by id. */
  public static Map<String, JsonNode> entityJson(String tenant) {
    return byId(readAll(expected().resolve(tenant).resolve("entities")));
  }

  private static Map<String, JsonNode> byId(List<JsonNode> documents) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    documents.forEach(json -> byId.put(json.get("id").asText(), json));
    return byId;
  }

  private static ExpectedEntity entity(JsonNode json, long version) {
    Map<String, Integer> instances = new LinkedHashMap<>();
    json.properties()
        .forEach(
            member -> {
              if (!ENTITY_MEMBERS.contains(member.getKey())) {
                JsonNode value = member.getValue();
                instances.put(
                    CORE.expandAttributeName(member.getKey()), value.isArray() ? value.size() : 1);
              }
            });
    return new ExpectedEntity(
        json.get("id").asText(),
        version,
        texts(json.get("type")).stream().map(CORE::expandType).toList(),
        texts(json.get("scope")),
        instances,
        Instant.parse(json.get("createdAt").asText()),
        Instant.parse(json.get("modifiedAt").asText()));
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(element -> texts.add(element.asText()));
    } else if (node != null) {
      texts.add(node.asText());
    }
    return texts;
  }

  private static Path expected() {
    try {
      return Path.of(LegacyFixture.class.getResource("/legacy-h2/expected").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> readAll(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().map(LegacyFixture::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
