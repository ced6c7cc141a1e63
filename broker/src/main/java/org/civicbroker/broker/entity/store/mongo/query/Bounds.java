package org.civicbroker.broker.entity.store.mongo.query;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Two filters that bracket the exact result of a query part: every document matching {@code sure}
 * matches the part, and every document matching the part matches {@code possible}. When the store
 * can decide the part exactly, both are the same filter ({@link #isExact()}). Combinations keep the
 * bracket: AND and OR bound-wise, NOT swaps the bounds.
 */
record Bounds(Cond sure, Cond possible) {
  static final Bounds ALL = exact(Cond.ALL);
  static final Bounds NONE = exact(Cond.NONE);

  /** A part the filter decides exactly. */
  static Bounds exact(Cond c) {
    return new Bounds(c, c);
  }

  /** A part the filter can only narrow down; the in-memory evaluator decides. */
  static Bounds possible(Cond c) {
    return c.isNone() ? NONE : new Bounds(Cond.NONE, c);
  }

  boolean isExact() {
    return sure == possible;
  }

  static Bounds and(List<Bounds> terms) {
    Cond possible = Cond.and(terms.stream().map(Bounds::possible).toList());
    if (terms.stream().allMatch(Bounds::isExact)) {
      return exact(possible);
    }
    return new Bounds(Cond.and(terms.stream().map(Bounds::sure).toList()), possible);
  }

  static Bounds and(Bounds... terms) {
    return and(List.of(terms));
  }

  static Bounds or(List<Bounds> terms) {
    Cond possible = Cond.or(terms.stream().map(Bounds::possible).toList());
    if (terms.stream().allMatch(Bounds::isExact)) {
      return exact(possible);
    }
    return new Bounds(Cond.or(terms.stream().map(Bounds::sure).toList()), possible);
  }

  static Bounds or(Bounds... terms) {
    return or(List.of(terms));
  }

  /** The complement: surely not where possibly, possibly not where not surely. */
  Bounds not() {
    if (isExact()) {
      return exact(Cond.not(sure));
    }
    return new Bounds(Cond.not(possible), Cond.not(sure));
  }

  /** Applies a monotone filter transformation (e.g. an {@code $elemMatch} wrapper) to both. */
  Bounds map(UnaryOperator<Cond> f) {
    if (isExact()) {
      return exact(f.apply(sure));
    }
    return new Bounds(f.apply(sure), f.apply(possible));
  }
}
