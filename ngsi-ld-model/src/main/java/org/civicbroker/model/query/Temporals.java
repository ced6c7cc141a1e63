package org.civicbroker.model.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lexical forms of the temporal values of clause 4.6.3: DateTime {@code YYYY-MM-DDThh:mm:ssZ}, Date
 * {@code YYYY-MM-DD} and Time {@code hh:mm:ssZ}, with an optional decimal fraction of the seconds
 * separated by '.' or ','. Leniently, up to nine fraction digits and, for DateTime, a numeric UTC
 * offset instead of {@code Z} are accepted. The patterns are fixed, anchored and free of nested
 * repetition (linear-time).
 */
public final class Temporals {
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}([.,]\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}([.,]\\d{1,9})?Z");

  private Temporals() {}

  public static boolean looksLikeDateTime(String s) {
    return DATE_TIME.matcher(s).matches();
  }

  public static boolean looksLikeDate(String s) {
    return DATE.matcher(s).matches();
  }

  public static boolean looksLikeTime(String s) {
    return TIME.matcher(s).matches();
  }

  /** The instant of a DateTime string, if it is one and denotes a real date and time. */
  public static Optional<Instant> dateTime(String s) {
    if (s == null || !looksLikeDateTime(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s.replace(',', '.')).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The date of a Date string, if it is one. */
  public static Optional<LocalDate> date(String s) {
    if (s == null || !looksLikeDate(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The UTC time of day of a Time string, if it is one. */
  public static Optional<LocalTime> time(String s) {
    if (s == null || !looksLikeTime(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(s.substring(0, s.length() - 1).replace(',', '.')));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
