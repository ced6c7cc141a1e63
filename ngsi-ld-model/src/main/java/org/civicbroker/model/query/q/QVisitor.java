package org.civicbroker.model.query.q;

/**
 * A visitor over {@link QExpr} trees: the one way storage translators (MongoDB filters in the
 * broker) and other consumers walk a query. Composite nodes are not descended automatically; an
 * implementation visits {@code terms()} itself.
 */
public interface QVisitor<R> {
  R visitAnd(QExpr.And and);

  R visitOr(QExpr.Or or);

  R visitExists(QExpr.Exists exists);

  R visitNotExists(QExpr.NotExists notExists);

  R visitCompare(QExpr.Compare compare);

  R visitMatch(QExpr.Match match);
}
