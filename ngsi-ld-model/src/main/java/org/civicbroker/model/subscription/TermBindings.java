package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.LdContext;

/**
 * The expansions a context made for one query text: attribute names and vocabulary values, term by
 * term. Kept with a subscription's {@code q}, they let the query be resolved again (e.g. when the
 * subscription is loaded from storage) exactly as it was at creation, without fetching the creation
 * request's context again.
 *
 * @param attributes attribute (and sub-attribute) name to expanded IRI
 * @param vocab text value to its vocabulary expansion
 */
public record TermBindings(Map<String, String> attributes, Map<String, String> vocab) {

  public TermBindings {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    vocab = Collections.unmodifiableMap(new LinkedHashMap<>(vocab));
  }

  /** A context that records every attribute-name and vocabulary expansion it makes. */
  static Recorder recording(LdContext delegate) {
    return new Recorder(delegate);
  }

  /**
   * A context that replays these expansions. Terms that were never bound (which resolving the same
   * text again does not ask for) fall back to the core context.
   */
  public LdContext asContext() {
    return new Replay(this);
  }

  /** Records the expansions of a delegate context. */
  static final class Recorder extends Delegating {
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, String> vocab = new LinkedHashMap<>();

    private Recorder(LdContext delegate) {
      super(delegate);
    }

    @Override
    public String expandAttributeName(String term) {
      return attributes.computeIfAbsent(term, delegate::expandAttributeName);
    }

    @Override
    public String expandVocab(String term) {
      return vocab.computeIfAbsent(term, delegate::expandVocab);
    }

    TermBindings bindings() {
      return new TermBindings(attributes, vocab);
    }
  }

  private static final class Replay extends Delegating {
    private final TermBindings bindings;

    private Replay(TermBindings bindings) {
      super(ContextCompiler.coreOnly());
      this.bindings = bindings;
    }

    @Override
    public String expandAttributeName(String term) {
      String iri = bindings.attributes().get(term);
      return iri != null ? iri : delegate.expandAttributeName(term);
    }

    @Override
    public String expandVocab(String term) {
      String iri = bindings.vocab().get(term);
      return iri != null ? iri : delegate.expandVocab(term);
    }
  }

  /** Forwards everything to a delegate. */
  private abstract static class Delegating implements LdContext {
    final LdContext delegate;

    Delegating(LdContext delegate) {
      this.delegate = delegate;
    }

    @Override
    public String expandAttributeName(String term) {
      return delegate.expandAttributeName(term);
    }

    @Override
    public String expandType(String term) {
      return delegate.expandType(term);
    }

    @Override
    public String expandVocab(String term) {
      return delegate.expandVocab(term);
    }

    @Override
    public String compactAttributeName(String iri) {
      return delegate.compactAttributeName(iri);
    }

    @Override
    public String compactType(String iri) {
      return delegate.compactType(iri);
    }

    @Override
    public String compactVocab(String iri) {
      return delegate.compactVocab(iri);
    }

    @Override
    public JsonNode userContext() {
      return delegate.userContext();
    }
  }
}
