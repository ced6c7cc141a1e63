package org.civicbroker.broker.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextResolver;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.subscription.Subscription;
import org.civicbroker.model.subscription.SubscriptionReader;

/**
 * Subscriptions for broker tests, read from {@code src/test/resources/subscriptions/} with the
 * inline context {@code context.json}; {@code ${id}} in a fixture becomes the given id.
 */
public final class SubscriptionFixtures {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  public static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private static final LdContext CONTEXT =
      ContextCompiler.compile(json("context.json"), ContextResolver.none());

  private SubscriptionFixtures() {}

  /** The inline test context (compiled). */
  public static LdContext context() {
    return CONTEXT;
  }

  /** A fresh subscription id. */
  public static String newId() {
    return "urn:ngsi-ld:Subscription:" + UUID.randomUUID();
  }

  /** The fixture read as a subscription with the given id. */
  public static Subscription load(String fixture, String id) {
    return new SubscriptionReader().read(payload(fixture, id), CONTEXT, NOW);
  }

  /** The fixture as a payload with the given id. */
  public static ObjectNode payload(String fixture, String id) {
    try {
      return (ObjectNode) MAPPER.readTree(text(fixture).replace("${id}", id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String fixture) {
    try {
      return MAPPER.readTree(text(fixture));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String fixture) {
    String resource = "/subscriptions/" + fixture;
    try (InputStream in = SubscriptionFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
