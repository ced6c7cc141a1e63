package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Supplies remote JSON-LD context documents that the broker has already fetched: compilation is
 * synchronous and never touches the network. The core context URLs are never asked for.
 */
@FunctionalInterface
public interface ContextResolver {

  /**
   * The whole document fetched from {@code url} (normally {@code {"@context": ...}}), or null when
   * it is not available (never fetched, or the fetch failed).
   */
  JsonNode resolve(String url);

  /** A resolver that has no documents: only the built-in core context can be referenced. */
  static ContextResolver none() {
    return url -> null;
  }

  /** A resolver over documents keyed by absolute URL. */
  static ContextResolver of(Map<String, ? extends JsonNode> documents) {
    Map<String, JsonNode> copy = Map.copyOf(documents);
    return copy::get;
  }
}
