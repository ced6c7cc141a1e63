package org.civicbroker.bench.scenario;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** JSON payload templates kept as resource files under {@code /templates}. */
public final class Templates {
  /** The NGSI-LD core context every payload refers to. */
  public static final String CORE_CONTEXT =
      "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld";

  private static final Map<String, JsonObject> CACHE = new ConcurrentHashMap<>();

  private Templates() {}

  /** A fresh, modifiable copy of template {@code name} (e.g. "entity.json"). */
  public static JsonObject load(String name) {
    return CACHE.computeIfAbsent(name, Templates::read).copy();
  }

  private static JsonObject read(String name) {
    String path = "/templates/" + name;
    try (InputStream in = Templates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
