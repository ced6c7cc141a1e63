package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import org.civicbroker.model.jsonld.LdContext;

/**
 * An {@link LdContext} whose expansions are another context's compactions, so that trees with a
 * {@code resolve(LdContext)} step (type selections) can be compacted with the same step.
 */
final class Compacting implements LdContext {
  private final LdContext ctx;

  Compacting(LdContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String expandAttributeName(String iri) {
    return ctx.compactAttributeName(iri);
  }

  @Override
  public String expandType(String iri) {
    return ctx.compactType(iri);
  }

  @Override
  public String expandVocab(String iri) {
    return ctx.compactVocab(iri);
  }

  @Override
  public String compactAttributeName(String term) {
    return ctx.expandAttributeName(term);
  }

  @Override
  public String compactType(String term) {
    return ctx.expandType(term);
  }

  @Override
  public String compactVocab(String term) {
    return ctx.expandVocab(term);
  }

  @Override
  public JsonNode userContext() {
    return ctx.userContext();
  }
}
