package org.civicbroker.broker.entity.store.mongo.query;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A MongoDB filter, with "everything" and "nothing" kept apart from real filters so that
 * combinations simplify ({@code x AND nothing} is nothing) and no trivial filter reaches the
 * server. Filters are relative to an entity document or, inside {@code $elemMatch}, to an attribute
 * instance.
 */
final class Cond {
  static final Cond ALL = new Cond(null);
  static final Cond NONE = new Cond(null);

  private final Bson filter;

  private Cond(Bson filter) {
    this.filter = filter;
  }

  static Cond of(Bson filter) {
    return new Cond(filter);
  }

  /** {@code {path: operators}}. */
  static Cond field(String path, Document operators) {
    return new Cond(new Document(path, operators));
  }

  /** {@code {path: {$exists: true}}}. */
  static Cond exists(String path) {
    return new Cond(Filters.exists(path));
  }

  boolean isAll() {
    return this == ALL;
  }

  boolean isNone() {
    return this == NONE;
  }

  /** The filter; "everything" is the empty filter and "nothing" an empty {@code $in} on the id. */
  Bson toBson() {
    if (this == ALL) {
      return new Document();
    }
    return this == NONE ? Filters.in("_id", List.of()) : filter;
  }

  static Cond and(List<Cond> terms) {
    List<Bson> filters = new ArrayList<>();
    for (Cond c : terms) {
      if (c.isNone()) {
        return NONE;
      }
      if (!c.isAll()) {
        filters.add(c.filter);
      }
    }
    if (filters.isEmpty()) {
      return ALL;
    }
    return filters.size() == 1 ? of(filters.get(0)) : of(Filters.and(filters));
  }

  static Cond and(Cond... terms) {
    return and(List.of(terms));
  }

  static Cond or(List<Cond> terms) {
    List<Bson> filters = new ArrayList<>();
    for (Cond c : terms) {
      if (c.isAll()) {
        return ALL;
      }
      if (!c.isNone()) {
        filters.add(c.filter);
      }
    }
    if (filters.isEmpty()) {
      return NONE;
    }
    return filters.size() == 1 ? of(filters.get(0)) : of(Filters.or(filters));
  }

  static Cond or(Cond... terms) {
    return or(List.of(terms));
  }

  /** The complement ({@code $nor}). */
  static Cond not(Cond c) {
    if (c.isAll()) {
      return NONE;
    }
    return c.isNone() ? ALL : of(Filters.nor(c.filter));
  }

  /**
   * {@code {path: {$elemMatch: instance}}}: some element of the array at {@code path} (an array of
   * attribute instances, possibly reached through other such arrays) satisfies {@code instance}.
   */
  static Cond elemMatch(String path, Cond instance) {
    if (instance.isNone()) {
      return NONE;
    }
    Bson inner = instance.isAll() ? Filters.exists("type") : instance.filter;
    return of(Filters.elemMatch(path, inner));
  }

  @Override
  public String toString() {
    return toBson().toBsonDocument().toJson();
  }
}
