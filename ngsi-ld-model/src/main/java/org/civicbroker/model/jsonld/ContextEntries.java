package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/**
 * Steps 5.5 and 5.7 to 5.11 of JSON-LD Context Processing: the context-wide entries {@code
 * @version}, {@code @base}, {@code @vocab}, {@code @language}, {@code @direction} and {@code
 * @propagate}.
 */
final class ContextEntries {
  private ContextEntries() {}

  static void checkVersion(JsonNode version) {
    if (version == null) {
      return;
    }
    boolean valid = (version.isNumber() || version.isTextual()) && "1.1".equals(version.asText());
    if (!valid) {
      throw new ProcessingError("invalid @version value", "@version must be 1.1");
    }
  }

  static void applyBase(ContextState state, JsonNode value) {
    if (value == null) {
      return;
    }
    if (value.isNull()) {
      state.base = null;
      return;
    }
    if (!value.isTextual()) {
      throw new ProcessingError("invalid base IRI", "@base must be a string or null");
    }
    String text = value.textValue();
    if (text.isBlank()) {
      return;
    }
    URI uri = Iris.parse(text.strip());
    if (uri == null) {
      throw new ProcessingError("invalid base IRI", "@base " + text + " is not an IRI");
    }
    if (uri.isAbsolute()) {
      state.base = uri.toString();
    } else if (state.base != null) {
      state.base = Iris.resolve(state.base, text);
    } else {
      throw new ProcessingError("invalid base IRI", "relative @base " + text + " without a base");
    }
  }

  static void applyVocab(ContextState state, JsonNode value) {
    if (value == null) {
      return;
    }
    if (value.isNull()) {
      state.vocab = null;
      return;
    }
    if (!value.isTextual()) {
      throw new ProcessingError("invalid vocab mapping", "@vocab must be a string or null");
    }
    String text = value.textValue();
    if (!(text.isBlank() || Iris.isBlankNode(text) || Iris.isIri(text))) {
      throw new ProcessingError("invalid vocab mapping", "@vocab " + text + " is not an IRI");
    }
    String expanded = IriExpansion.expand(state.terms, state.vocab, state.base, text, true);
    if (!(Iris.isBlankNode(text) || Iris.isIri(expanded))) {
      throw new ProcessingError("invalid vocab mapping", "@vocab " + text + " is not an IRI");
    }
    state.vocab = expanded;
  }

  static void checkLanguage(JsonNode value) {
    if (value != null && !value.isNull() && !value.isTextual()) {
      throw new ProcessingError("invalid default language", "@language must be a string or null");
    }
  }

  static void checkDirection(JsonNode value) {
    if (value == null || value.isNull()) {
      return;
    }
    String text = value.isTextual() ? value.textValue() : "";
    if (!"ltr".equalsIgnoreCase(text) && !"rtl".equalsIgnoreCase(text)) {
      throw new ProcessingError("invalid base direction", "@direction must be ltr, rtl or null");
    }
  }

  static void checkPropagate(JsonNode value) {
    if (value != null && !value.isBoolean()) {
      throw new ProcessingError("invalid @propagate value", "@propagate must be a boolean");
    }
  }
}
