package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.civicbroker.model.id.Uris;

/**
 * Steps 19, 22, 23 and 24 of Create Term Definition: the entries of an expanded term definition
 * that are read without IRI expansion ({@code @container}, {@code @language}, {@code @direction},
 * {@code @nest}), validated as Titanium validates them.
 */
final class TermEntries {
  private static final Set<String> CONTAINERS =
      Set.of("@graph", "@id", "@index", "@language", "@list", "@set", "@type");

  private TermEntries() {}

  static ProcessingError invalid(String term, String code, String detail) {
    return new ProcessingError(code, "term " + Uris.quote(term) + ": " + detail);
  }

  /** The container mapping: one keyword, or one of the combinations JSON-LD 1.1 allows. */
  static Set<String> containers(String term, JsonNode node) {
    if (!isValidContainer(node)) {
      throw invalid(term, "invalid container mapping", "unsupported @container " + node);
    }
    Set<String> containers = new HashSet<>();
    if (node.isTextual()) {
      containers.add(node.textValue());
    } else {
      node.forEach(item -> containers.add(item.asText()));
    }
    return containers;
  }

  private static boolean isValidContainer(JsonNode node) {
    JsonNode container = node.isArray() && node.size() == 1 ? node.get(0) : node;
    if (container.isTextual()) {
      return CONTAINERS.contains(container.textValue());
    }
    if (!container.isArray() || container.size() > 3) {
      return false;
    }
    Set<String> items = new HashSet<>();
    container.forEach(item -> items.add(item.isTextual() ? item.textValue() : ""));
    if (items.contains("@graph") && (items.contains("@id") || items.contains("@index"))) {
      return container.size() == 2 || items.contains("@set");
    }
    return container.size() == 2
        && items.contains("@set")
        && (items.contains("@graph")
            || items.contains("@id")
            || items.contains("@index")
            || items.contains("@language")
            || items.contains("@type"));
  }

  /** The language mapping: a string, or null for an explicit null. */
  static String language(String term, JsonNode node) {
    if (!node.isNull() && !node.isTextual()) {
      throw invalid(term, "invalid language mapping", "@language must be a string or null");
    }
    return node.isNull() ? null : node.textValue();
  }

  /** The direction mapping: {@code ltr}, {@code rtl}, or {@code @null} for an explicit null. */
  static String direction(String term, JsonNode node) {
    if (node.isNull()) {
      return "@null";
    }
    String text = node.isTextual() ? node.textValue() : "";
    if (!"ltr".equals(text) && !"rtl".equals(text)) {
      throw invalid(term, "invalid base direction", "@direction must be ltr, rtl or null");
    }
    return text;
  }

  static String nest(String term, JsonNode node) {
    String text = node.isTextual() ? node.textValue() : null;
    if (text == null || (JsonLdKeywords.isKeyword(text) && !"@nest".equals(text))) {
      throw invalid(term, "invalid @nest value", "@nest must be @nest or a term");
    }
    return text;
  }
}
