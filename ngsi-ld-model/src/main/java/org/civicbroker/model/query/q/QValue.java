package org.civicbroker.model.query.q;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A literal value of a query term (clause 4.9): JSON number, quoted JSON string, boolean, DateTime,
 * Date, Time (clause 4.6.3) or an unquoted URI. Dates and times are held as {@code java.time}
 * values so they compare temporally.
 */
public sealed interface QValue extends QOperand
    permits QValue.QNumber,
        QValue.QString,
        QValue.QBoolean,
        QValue.QDateTime,
        QValue.QDate,
        QValue.QTime,
        QValue.QUri {

  /** True for the production ComparableValue: number, string, dateTime, date, time. */
  default boolean isComparable() {
    return !(this instanceof QBoolean) && !(this instanceof QUri);
  }

  /** The text of a string or URI value, else null. */
  default String text() {
    return null;
  }

  /** A JSON number, compared numerically ({@code 1 == 1.0}). */
  record QNumber(BigDecimal value) implements QValue {
    public QNumber {
      Objects.requireNonNull(value, "value");
    }

    public static QNumber of(String lexical) {
      return new QNumber(new BigDecimal(lexical));
    }

    @Override
    public String toString() {
      return QPrinter.value(this);
    }
  }

  /** A quoted JSON string. */
  record QString(String value) implements QValue {
    public QString {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }

    @Override
    public String toString() {
      return QPrinter.value(this);
    }
  }

  /** {@code true} or {@code false}: only {@code ==} and {@code !=} can match it. */
  record QBoolean(boolean value) implements QValue {
    @Override
    public String toString() {
      return QPrinter.value(this);
    }
  }

  /** A DateTime ({@code 2020-01-01T00:00:00Z}), compared as an instant. */
  record QDateTime(Instant value) implements QValue {
    public QDateTime {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return QPrinter.value(this);
    }
  }

  /** A Date ({@code 2021-10-10}). */
  record QDate(LocalDate value) implements QValue {
    public QDate {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return QPrinter.value(this);
    }
  }

  /** A Time ({@code 12:00:00Z}), a UTC time of day. */
  record QTime(LocalTime value) implements QValue {
    public QTime {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return QPrinter.value(this);
    }
  }

  /**
   * An unquoted URI ({@code urn:ngsi-ld:Car:1}) or, leniently, an unquoted term such as {@code
   * Male} (clause 4.9 example 12). Compares like a string; against a VocabProperty it is expanded
   * first.
   */
  record QUri(String value) implements QValue {
    public QUri {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }

    @Override
    public String toString() {
      return QPrinter.value(this);
    }
  }
}
