package org.civicbroker.model.query.scope;

/** A visitor over {@link ScopeQ} trees, e.g. for a storage translator. */
public interface ScopeQVisitor<R> {
  R visitOr(ScopeQ.Or or);

  R visitAnd(ScopeQ.And and);

  R visitPattern(ScopeQ.Pattern pattern);
}
