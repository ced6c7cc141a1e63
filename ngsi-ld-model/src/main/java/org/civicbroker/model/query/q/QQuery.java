package org.civicbroker.model.query.q;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.LdContext;

/**
 * A {@code q} query (clause 4.9) as the broker handles it: parsed once, resolved with the request's
 * {@link LdContext}, then evaluated in memory ({@link #matches}) or translated by walking {@link
 * #expr()} with a {@link QVisitor}. Immutable and thread-safe.
 */
public final class QQuery {
  private final QExpr expr;
  private final boolean resolved;

  private QQuery(QExpr expr, boolean resolved) {
    this.expr = Objects.requireNonNull(expr, "expr");
    this.resolved = resolved;
  }

  /** Parses with the default limits; the result holds compact names. */
  public static QQuery parse(String q) {
    return parse(q, QLimits.DEFAULT);
  }

  public static QQuery parse(String q, QLimits limits) {
    return new QQuery(new QParser(limits).parse(q), false);
  }

  /** Wraps an already parsed tree with compact names. */
  public static QQuery of(QExpr parsed) {
    return new QQuery(parsed, false);
  }

  /** The query with names expanded by {@code context}; resolving twice is an error. */
  public QQuery resolve(LdContext context) {
    return resolve(context, List.of());
  }

  /** As {@link #resolve(LdContext)}, also expanding the values of {@code expandValues} attrs. */
  public QQuery resolve(LdContext context, Collection<String> expandValues) {
    if (resolved) {
      throw new IllegalStateException("q query already resolved");
    }
    return new QQuery(QResolver.resolve(expr, context, expandValues), true);
  }

  public QExpr expr() {
    return expr;
  }

  public boolean isResolved() {
    return resolved;
  }

  public <R> R accept(QVisitor<R> visitor) {
    return expr.accept(visitor);
  }

  /** True when {@code entity} (expanded names) matches; the query must be resolved. */
  public boolean matches(Entity entity) {
    if (!resolved) {
      throw new IllegalStateException("resolve the q query with a context before evaluating it");
    }
    return QEvaluator.matches(expr, entity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QQuery other && resolved == other.resolved && expr.equals(other.expr);
  }

  @Override
  public int hashCode() {
    return expr.hashCode() * 31 + Boolean.hashCode(resolved);
  }

  /** The canonical q text (compact names unless resolved). */
  @Override
  public String toString() {
    return QPrinter.toQ(expr);
  }
}
