package org.civicbroker.broker.entity.store.mongo.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.Document;
import org.civicbroker.model.query.q.QOp;
import org.civicbroker.model.query.q.QOperand;
import org.civicbroker.model.query.q.QValue;

/**
 * Comparisons of the elements of a stored field with a query value, with the model's typed
 * semantics (clause 4.9; {@code QScalars} in the model): numbers with numbers, strings with
 * strings, booleans only for equality, dates and times temporally (a string element is read as a
 * DateTime, Date or Time when the query value is one). A JSON field holds any JSON value; a string
 * field (objects, vocab IRIs, unitCode, datasetId) only strings.
 *
 * <p>Where MongoDB's comparison provably agrees with the model, the test is certain; elsewhere it
 * only selects candidates, which the broker then tests in memory:
 *
 * <ul>
 *   <li>Numbers are certain only for an integer query value below 2^52 against Int32, Int64 and
 *       Double elements: the embedded server compares Decimal128 as doubles, and the model reads a
 *       stored double through its shortest decimal string, which agrees with MongoDB's exact
 *       comparison against such integers but not against every decimal. Candidates are found with
 *       non-strict bounds on the correctly rounded double, plus every Int64/Decimal128 element,
 *       big-number tags and JSON-LD typed values ({@code @value}).
 *   <li>Strings compare by UTF-16 units in the model and the embedded server and by code points in
 *       MongoDB; the orders agree when the query text has no character from U+D800 up, so other
 *       ordered string comparisons only select candidates. Equality is always certain.
 *   <li>Dates and times in strings are not ordered like strings (offsets, fractions), so they only
 *       select candidates: strings within a window of days (DateTime) or seconds (Time), or ordered
 *       like the Date (fixed-width dates order as strings).
 * </ul>
 */
final class ElementConditions {
  /**
   * Big numbers Decimal128 cannot hold are stored as {@code {"%i": "..."}} / {@code {"%d": ...}}.
   */
  private static final String BIG_INTEGER_TAG = "%i";

  private static final String BIG_DECIMAL_TAG = "%d";

  /** A JSON-LD value object ({@code {"@type": ..., "@value": ...}}), which the model unwraps. */
  private static final String TYPED_VALUE = "@value";

  private static final BigDecimal EXACT_DOUBLE_LIMIT = BigDecimal.valueOf(1L << 52);

  private ElementConditions() {}

  /** Some element of {@code field} compares with {@code value} as {@code op} says. */
  static Bounds compare(String field, QOp op, QValue value, boolean json) {
    return test(field, op, value, json).bounds(field);
  }

  /** Some single element of {@code field} lies in the range (both bounds inclusive). */
  static Bounds range(String field, QOperand.Range range, boolean json) {
    ElementTest low = test(field, QOp.GE, range.min(), json);
    ElementTest high = test(field, QOp.LE, range.max(), json);
    Cond possible = Cond.and(low.possible(), high.possible());
    if (!low.hasSure() || !high.hasSure()) {
      return Bounds.possible(possible);
    }
    Cond sure = ElementTest.sameElement(field, low, high);
    return low.exact() && high.exact() ? Bounds.exact(sure) : new Bounds(sure, possible);
  }

  static ElementTest test(String field, QOp op, QValue value, boolean json) {
    if (value instanceof QValue.QNumber n) {
      return json ? number(field, op, n.value()) : ElementTest.NEVER;
    } else if (value instanceof QValue.QBoolean b) {
      return json && op == QOp.EQ ? bool(field, b.value()) : ElementTest.NEVER;
    } else if (value instanceof QValue.QDateTime dt) {
      return candidates(field, dateTimeWindow(field, op, dt.value()), json);
    } else if (value instanceof QValue.QDate d) {
      return candidates(field, dateOrder(field, op, d.value()), json);
    } else if (value instanceof QValue.QTime t) {
      return candidates(field, timeWindow(field, op, t.value()), json);
    }
    return text(field, op, value.text(), json);
  }

  private static ElementTest number(String field, QOp op, BigDecimal n) {
    double d = Double.parseDouble(n.toString());
    String relaxed =
        switch (op) {
          case EQ -> "$eq";
          case GT, GE -> "$gte";
          default -> "$lte";
        };
    Cond possible =
        Cond.or(
            Cond.field(field, new Document(relaxed, d)),
            Cond.field(field, new Document("$type", List.of("long", "decimal"))),
            Cond.exists(field + "." + BIG_INTEGER_TAG),
            Cond.exists(field + "." + BIG_DECIMAL_TAG),
            typed(field));
    if (!isSmallInteger(n)) {
      return ElementTest.candidates(possible);
    }
    return new ElementTest(new Document(operator(op), d), List.of("decimal"), possible, false);
  }

  private static boolean isSmallInteger(BigDecimal n) {
    return n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(EXACT_DOUBLE_LIMIT) < 0;
  }

  private static ElementTest bool(String field, boolean b) {
    Document ops = new Document("$eq", b);
    return new ElementTest(ops, List.of(), Cond.or(Cond.field(field, ops), typed(field)), false);
  }

  private static ElementTest text(String field, QOp op, String text, boolean json) {
    boolean certain = op == QOp.EQ || text.chars().allMatch(c -> c < Character.MIN_SURROGATE);
    if (!certain) {
      return candidates(field, Cond.field(field, new Document("$type", "string")), json);
    }
    Document ops = new Document(operator(op), text);
    if (!json) {
      return ElementTest.exact(field, ops);
    }
    return new ElementTest(ops, List.of(), Cond.or(Cond.field(field, ops), typed(field)), false);
  }

  private static ElementTest candidates(String field, Cond strings, boolean json) {
    return ElementTest.candidates(json ? Cond.or(strings, typed(field)) : strings);
  }

  /**
   * Strings that may hold a DateTime in the relation: a DateTime's local date is within 18 hours
   * (the largest offset) of its instant, so its first ten characters lie between the dates of
   * {@code i - 1 day} and {@code i + 1 day}; four-digit years make them order as strings.
   */
  private static Cond dateTimeWindow(String field, QOp op, Instant i) {
    String from = day(i.minus(1, ChronoUnit.DAYS));
    String to = day(i.plus(2, ChronoUnit.DAYS));
    Document ops = new Document();
    if (from != null && op != QOp.LT && op != QOp.LE) {
      ops.append("$gte", from);
    }
    if (to != null && op != QOp.GT && op != QOp.GE) {
      ops.append("$lt", to);
    }
    return Cond.field(field, ops.isEmpty() ? new Document("$type", "string") : ops);
  }

  private static String day(Instant i) {
    LocalDate date = i.atOffset(ZoneOffset.UTC).toLocalDate();
    return date.getYear() >= 0 && date.getYear() <= 9999 ? date.toString() : null;
  }

  /** Date strings ({@code YYYY-MM-DD}) order as strings, so the relation itself is a bound. */
  private static Cond dateOrder(String field, QOp op, LocalDate d) {
    return Cond.field(field, new Document(operator(op), d.toString()));
  }

  /** Strings that may hold a Time in the relation, by their {@code hh:mm:ss} prefix. */
  private static Cond timeWindow(String field, QOp op, LocalTime t) {
    String second = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    Document ops = new Document();
    if (op != QOp.LT && op != QOp.LE) {
      ops.append("$gte", second);
    }
    if (op != QOp.GT && op != QOp.GE) {
      ops.append("$lt", second + "~");
    }
    return Cond.field(field, ops);
  }

  /** JSON-LD typed values below the field, which the model compares by their {@code @value}. */
  static Cond typed(String field) {
    return Cond.exists(field + "." + TYPED_VALUE);
  }

  static String operator(QOp op) {
    return switch (op) {
      case EQ -> "$eq";
      case NE -> "$ne";
      case GT -> "$gt";
      case GE -> "$gte";
      case LT -> "$lt";
      case LE -> "$lte";
    };
  }
}
