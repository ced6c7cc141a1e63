package org.civicbroker.broker.entity.store.mongo.query;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.civicbroker.model.query.Temporals;
import org.civicbroker.model.query.q.QOp;
import org.civicbroker.model.query.q.QOperand;
import org.civicbroker.model.query.q.QValue;

/**
 * Exact comparisons of an instance's instant member ({@code observedAt}, {@code createdAt}, {@code
 * modifiedAt}) with a DateTime. The store keeps an instant as a BSON date of its milliseconds
 * ({@code field}) plus, when not zero, the nanoseconds within the millisecond ({@code fieldNs}), so
 * {@code e = (ms, ns)} compares with {@code q = (qms, qns)} lexicographically; a missing {@code
 * fieldNs} is zero. The model reads a text operand as a DateTime here and compares nothing else
 * with an instant. Conditions are relative to one instance (inside {@code $elemMatch}).
 */
final class InstantConditions {
  private static final int NANOS_PER_MILLI = 1_000_000;

  private InstantConditions() {}

  static Bounds compare(String field, QOp op, QValue value) {
    Instant q = instant(value);
    return q == null ? Bounds.NONE : Bounds.exact(compare(field, op, q));
  }

  static Bounds range(String field, QOperand.Range range) {
    Instant min = instant(range.min());
    Instant max = instant(range.max());
    if (min == null || max == null) {
      return Bounds.NONE;
    }
    return Bounds.exact(Cond.and(compare(field, QOp.GE, min), compare(field, QOp.LE, max)));
  }

  private static Cond compare(String field, QOp op, Instant q) {
    Date ms = new Date(q.toEpochMilli());
    int ns = q.getNano() % NANOS_PER_MILLI;
    String nsField = field + "Ns";
    Cond sameMs = Cond.field(field, new Document("$eq", ms));
    return switch (op) {
      case EQ ->
          Cond.and(
              sameMs,
              ns == 0
                  ? Cond.field(nsField, new Document("$exists", false))
                  : Cond.field(nsField, new Document("$eq", ns)));
      case GT -> Cond.or(after(field, ms), Cond.and(sameMs, nanos(nsField, "$gt", ns)));
      case GE ->
          ns == 0
              ? Cond.field(field, new Document("$gte", ms))
              : Cond.or(after(field, ms), Cond.and(sameMs, nanos(nsField, "$gte", ns)));
      case LT ->
          ns == 0
              ? Cond.field(field, new Document("$lt", ms))
              : Cond.or(before(field, ms), Cond.and(sameMs, notNanos(nsField, "$gte", ns)));
      case LE -> Cond.or(before(field, ms), Cond.and(sameMs, notNanos(nsField, "$gt", ns)));
      case NE -> throw new IllegalArgumentException("!= is the negation of ==");
    };
  }

  private static Cond after(String field, Date ms) {
    return Cond.field(field, new Document("$gt", ms));
  }

  private static Cond before(String field, Date ms) {
    return Cond.field(field, new Document("$lt", ms));
  }

  /** A stored sub-millisecond part in the relation (a missing one never is). */
  private static Cond nanos(String nsField, String op, int ns) {
    return Cond.field(nsField, new Document(op, ns));
  }

  /** The sub-millisecond part (zero when missing) is NOT in the relation. */
  private static Cond notNanos(String nsField, String op, int ns) {
    return Cond.field(nsField, new Document("$not", new Document(op, ns)));
  }

  /** The instant of a DateTime operand, or of a text operand that is a DateTime; else null. */
  static Instant instant(QValue value) {
    if (value instanceof QValue.QDateTime dt) {
      return dt.value();
    }
    return value.text() == null ? null : Temporals.dateTime(value.text()).orElse(null);
  }
}
