package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextResolver;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Fixtures under {@code src/test/resources/subscription/} and the contexts the tests use: the user
 * context {@code context.jsonld} (published under {@link #CONTEXT_URL}) and the core context alone.
 */
final class SubscriptionFixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String CONTEXT_URL = "https://example.org/subscription-tests/context.jsonld";
  static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private static final LdContext USER =
      ContextCompiler.compile(
          TextNode.valueOf(CONTEXT_URL),
          ContextResolver.of(Map.of(CONTEXT_URL, json("context.jsonld"))));

  private SubscriptionFixtures() {}

  /** The test user context (followed by the core context). */
  static LdContext userContext() {
    return USER;
  }

  static LdContext coreContext() {
    return ContextCompiler.coreOnly();
  }

  static JsonNode json(String path) {
    String resource = "/subscription/" + path;
    try (InputStream in = SubscriptionFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing fixture " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object(String path) {
    return (ObjectNode) json(path);
  }

  /** Reads {@code valid/<name>.json} with the user context. */
  static Subscription read(String name) {
    return new SubscriptionReader().read(object("valid/" + name + ".json"), USER, NOW);
  }

  /** RFC 7396 merge of {@code patch} into a copy of {@code target}: null removes a member. */
  static ObjectNode merged(ObjectNode target, JsonNode patch) {
    ObjectNode out = target.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode value = e.getValue();
      if (value.isNull()) {
        out.remove(e.getKey());
      } else if (value.isObject() && out.get(e.getKey()) instanceof ObjectNode current) {
        out.set(e.getKey(), merged(current, value));
      } else {
        out.set(e.getKey(), value);
      }
    }
    return out;
  }

  static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
