package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The remote contexts a context value references, so that the broker can fetch them all (and the
 * contexts they reference in turn) before compiling. Core context URLs are never listed: they are
 * built in, and so is everything they reference.
 */
public final class ContextReferences {
  private ContextReferences() {}

  /**
   * The absolute URLs a context value references directly: URL strings (alone or in arrays),
   * {@code @import} values and the URLs inside scoped contexts of term definitions, resolved
   * against {@code baseUrl} (null for a context given in a request). Relative references that
   * cannot be resolved are left out (compiling reports them).
   */
  public static Set<String> direct(JsonNode contextValue, String baseUrl) {
    Set<String> urls = new LinkedHashSet<>();
    collect(contextValue, baseUrl, urls);
    return urls;
  }

  /** The URLs a fetched context document ({@code {"@context": ...}}) references directly. */
  public static Set<String> ofDocument(JsonNode document, String documentUrl) {
    if (document == null || !document.isObject() || !document.has("@context")) {
      return Set.of();
    }
    return direct(document.get("@context"), documentUrl);
  }

  /**
   * All URLs reachable from {@code contextValue} (following the documents {@code resolver} already
   * has) that {@code resolver} cannot supply yet. Empty when the context can be compiled. The
   * broker fetches these, then asks again, until nothing is missing.
   */
  public static Set<String> missing(JsonNode contextValue, ContextResolver resolver) {
    Set<String> missing = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(direct(contextValue, null));
    while (!queue.isEmpty()) {
      String url = queue.removeFirst();
      if (!seen.add(url)) {
        continue;
      }
      JsonNode document = resolver.resolve(url);
      if (document == null) {
        missing.add(url);
      } else {
        queue.addAll(ofDocument(document, url));
      }
    }
    return missing;
  }

  /** True when the value is only references (a URL, or an array of URLs), no inline context. */
  static boolean isOnlyReferences(JsonNode contextValue) {
    if (contextValue.isTextual()) {
      return true;
    }
    if (!contextValue.isArray()) {
      return false;
    }
    for (JsonNode item : contextValue) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static void collect(JsonNode value, String baseUrl, Set<String> urls) {
    if (value == null) {
      return;
    }
    if (value.isTextual()) {
      add(value.textValue(), baseUrl, urls);
    } else if (value.isArray()) {
      value.forEach(item -> collect(item, baseUrl, urls));
    } else if (value.isObject()) {
      JsonNode imported = value.get("@import");
      if (imported != null && imported.isTextual()) {
        add(imported.textValue(), baseUrl, urls);
      }
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        JsonNode definition = entry.getValue();
        if (definition.isObject() && !entry.getKey().startsWith("@")) {
          collect(definition.get("@context"), baseUrl, urls);
        }
      }
    }
  }

  private static void add(String reference, String baseUrl, Set<String> urls) {
    String url = Iris.resolve(baseUrl, reference);
    if (Iris.isAbsolute(url) && !CoreContext.isCoreUrl(url)) {
      urls.add(url);
    }
  }
}
