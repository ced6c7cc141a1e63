package org.civicbroker.model.query.scope;

import java.util.List;

/**
 * Evaluates a {@link ScopeQ} against an entity's scopes (clause 4.19): a pattern is met when some
 * scope matches it; AND needs every term met (possibly by different scopes); OR needs one. An
 * entity without scopes matches nothing, not even {@code /#}.
 */
final class ScopeQEvaluator implements ScopeQVisitor<Boolean> {
  private final List<String> scopes;

  private ScopeQEvaluator(List<String> scopes) {
    this.scopes = scopes;
  }

  static boolean matches(ScopeQ query, List<String> scopes) {
    return scopes != null && !scopes.isEmpty() && query.accept(new ScopeQEvaluator(scopes));
  }

  @Override
  public Boolean visitOr(ScopeQ.Or or) {
    return or.terms().stream().anyMatch(t -> t.accept(this));
  }

  @Override
  public Boolean visitAnd(ScopeQ.And and) {
    return and.terms().stream().allMatch(t -> t.accept(this));
  }

  @Override
  public Boolean visitPattern(ScopeQ.Pattern pattern) {
    return scopes.stream().anyMatch(pattern::matchesScope);
  }
}
