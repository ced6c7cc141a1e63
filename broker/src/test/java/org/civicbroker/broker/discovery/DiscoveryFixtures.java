package org.civicbroker.broker.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.representation.EntityReader;

/** Entities and expected documents of the discovery tests, from src/test/resources/discovery. */
public final class DiscoveryFixtures {
  public static final String VOCAB = "https://uri.etsi.org/ngsi-ld/default-context/";
  public static final String CORE = "https://uri.etsi.org/ngsi-ld/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DiscoveryFixtures() {}

  public static JsonNode json(String name) {
    try (InputStream in = DiscoveryFixtures.class.getResourceAsStream("/discovery/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture discovery/" + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The node as it reads back from its JSON text (so that numbers compare by value). */
  public static JsonNode reparse(JsonNode node) {
    try {
      return MAPPER.readTree(node.toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entities of {@code entities.json}, read with the core context only. */
  public static List<Entity> entities() {
    EntityReader reader = new EntityReader();
    List<Entity> entities = new ArrayList<>();
    for (JsonNode node : json("entities.json")) {
      entities.add(reader.read((ObjectNode) node, ContextCompiler.coreOnly()));
    }
    return entities;
  }
}
