package org.civicbroker.model.query.q;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.civicbroker.model.query.Temporals;

/**
 * Typed comparison of a target element with a query value (clause 4.9): numbers with numbers,
 * strings with strings, DateTime/Date/Time temporally (a target string is read as a temporal value
 * when the query value is one, and vice versa for temporal targets such as observedAt), booleans
 * only for equality. Values of different types are incomparable: never equal, never ordered.
 */
final class QScalars {
  private QScalars() {}

  static boolean equal(Object element, QValue value) {
    if (value instanceof QValue.QBoolean b) {
      return element instanceof Boolean e && e == b.value();
    }
    Integer c = compare(element, value);
    return c != null && c == 0;
  }

  /** The sign of {@code element - value}, or null when the two cannot be compared. */
  static Integer compare(Object element, QValue value) {
    if (value instanceof QValue.QNumber n) {
      return element instanceof BigDecimal e ? e.compareTo(n.value()) : null;
    } else if (value instanceof QValue.QDateTime dt) {
      Instant e = asInstant(element);
      return e == null ? null : e.compareTo(dt.value());
    } else if (value instanceof QValue.QDate d) {
      LocalDate e = asDate(element);
      return e == null ? null : e.compareTo(d.value());
    } else if (value instanceof QValue.QTime t) {
      LocalTime e = asTime(element);
      return e == null ? null : e.compareTo(t.value());
    } else if (value instanceof QValue.QBoolean b) {
      return element instanceof Boolean e ? Boolean.compare(e, b.value()) : null;
    }
    return compareText(element, value.text());
  }

  private static Integer compareText(Object element, String text) {
    if (element instanceof String s) {
      return Integer.signum(s.compareTo(text));
    } else if (element instanceof Instant i) {
      return Temporals.dateTime(text).map(i::compareTo).orElse(null);
    } else if (element instanceof LocalDate d) {
      return Temporals.date(text).map(d::compareTo).orElse(null);
    } else if (element instanceof LocalTime t) {
      return Temporals.time(text).map(t::compareTo).orElse(null);
    }
    return null;
  }

  private static Instant asInstant(Object element) {
    if (element instanceof Instant i) {
      return i;
    }
    return element instanceof String s ? Temporals.dateTime(s).orElse(null) : null;
  }

  private static LocalDate asDate(Object element) {
    if (element instanceof LocalDate d) {
      return d;
    }
    return element instanceof String s ? Temporals.date(s).orElse(null) : null;
  }

  private static LocalTime asTime(Object element) {
    if (element instanceof LocalTime t) {
      return t;
    }
    return element instanceof String s ? Temporals.time(s).orElse(null) : null;
  }
}
