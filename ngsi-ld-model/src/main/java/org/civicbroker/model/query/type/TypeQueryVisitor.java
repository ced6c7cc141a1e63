package org.civicbroker.model.query.type;

/** A visitor over {@link TypeQuery} trees, e.g. for a storage translator. */
public interface TypeQueryVisitor<R> {
  R visitOr(TypeQuery.Or or);

  R visitAnd(TypeQuery.And and);

  R visitName(TypeQuery.Name name);
}
