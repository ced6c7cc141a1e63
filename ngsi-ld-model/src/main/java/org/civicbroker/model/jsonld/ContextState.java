package org.civicbroker.model.jsonld;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The active context while contexts are being processed (W3C JSON-LD 1.1 API section 4.1): mutable,
 * used by one compilation on one thread, then frozen into a {@link CompiledContext}. Terms keep
 * JSON-LD's definition order (a redefined term moves to the end), which the compact IRI search of
 * IRI compaction depends on.
 */
final class ContextState {
  final Map<String, TermDefinition> terms;
  String vocab;
  String base;
  boolean propagateFalse;
  CoreContext.Version coreVersion;

  ContextState() {
    this.terms = new LinkedHashMap<>();
  }

  private ContextState(ContextState other) {
    this.terms = new LinkedHashMap<>(other.terms);
    this.vocab = other.vocab;
    this.base = other.base;
    this.propagateFalse = other.propagateFalse;
    this.coreVersion = other.coreVersion;
  }

  ContextState copy() {
    return new ContextState(this);
  }

  /** A fresh state holding a compiled context's terms, to apply a scoped context to. */
  static ContextState of(Map<String, TermDefinition> terms, String vocab, String base) {
    ContextState state = new ContextState();
    state.terms.putAll(terms);
    state.vocab = vocab;
    state.base = base;
    return state;
  }

  boolean hasProtectedTerm() {
    for (TermDefinition definition : terms.values()) {
      if (definition.protectedTerm()) {
        return true;
      }
    }
    return false;
  }

  /** Step 5.1.2 of context processing: a null context resets everything but the base URL. */
  void reset() {
    terms.clear();
    vocab = null;
    base = null;
  }
}
