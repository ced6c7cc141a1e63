package org.civicbroker.broker.entity.store.mongo.query;

import org.bson.conversions.Bson;

/**
 * The MongoDB side of an entity query: {@link #candidates()} matches every entity the query matches
 * (and possibly more), {@link #certain()} only entities it matches (possibly fewer). When {@link
 * #isExact()}, both are the same filter and the store alone decides the query; otherwise the
 * candidates that are not certain must be tested with {@code EntityQuery.matches}.
 */
public final class EntityFilter {
  private final Cond certain;
  private final Cond candidates;
  private final boolean exact;

  EntityFilter(Bounds bounds) {
    this.certain = bounds.sure();
    this.candidates = bounds.possible();
    this.exact = bounds.isExact();
  }

  /** A superset filter of the query's result. */
  public Bson candidates() {
    return candidates.toBson();
  }

  /** A subset filter of the query's result. */
  public Bson certain() {
    return certain.toBson();
  }

  /** The candidates that are not certain: the ones to test in memory. */
  public Bson uncertain() {
    return Cond.and(candidates, Cond.not(certain)).toBson();
  }

  /** True when the filter decides the query by itself ({@code certain} = {@code candidates}). */
  public boolean isExact() {
    return exact;
  }

  /** True when no entity can match (nothing needs to be read). */
  public boolean matchesNothing() {
    return candidates.isNone();
  }

  /** False when no entity is certain to match ({@link #certain()} matches nothing). */
  public boolean hasCertain() {
    return !certain.isNone();
  }

  @Override
  public String toString() {
    return exact ? "exact " + candidates : "candidates " + candidates + " certain " + certain;
  }
}
