package org.civicbroker.model.representation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * NGSI-LD date-times (GS CIM 009 clause 4.6.3 and annex F: ISO 8601, UTC).
 *
 * <p>Input: an ISO 8601 date-time with a zone designator, {@code Z} or an offset such as {@code
 * +02:00} (converted to UTC); a date-time without a zone is rejected because its instant is
 * unknown. Output: UTC with {@code Z}, fractional seconds only when non-zero, in groups of three
 * digits ({@link DateTimeFormatter#ISO_INSTANT}), e.g. {@code 2024-05-01T10:00:00Z} or {@code
 * 2024-05-01T10:00:00.250Z}.
 */
public final class DateTimes {
  private DateTimes() {}

  /** Parses a date-time, or empty when it is not one. */
  public static Optional<Instant> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Instant utc = parseUtc(text);
    if (utc != null) {
      return Optional.of(utc);
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final int[] FRACTION_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  /**
   * The usual form {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} without java.time's general parser (a
   * hot spot when reading entities); null for any other form or an invalid date, which {@link
   * OffsetDateTime#parse} then decides.
   */
  private static Instant parseUtc(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(n - 1) != 'Z' || !separators(s)) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int digits = n - 21;
      if (s.charAt(19) != '.' || digits < 1 || digits > 9) {
        return null;
      }
      int fraction = number(s, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction * FRACTION_SCALE[digits];
    }
    int[] f = {number(s, 0, 4), number(s, 5, 7), number(s, 8, 10)};
    int[] t = {number(s, 11, 13), number(s, 14, 16), number(s, 17, 19)};
    if (f[0] < 0 || f[1] < 0 || f[2] < 0 || t[0] < 0 || t[1] < 0 || t[2] < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(f[0], f[1], f[2], t[0], t[1], t[2], nanos).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean separators(String s) {
    return s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && s.charAt(16) == ':';
  }

  /** The decimal number in {@code s[from, to)}, or -1 when a character is not an ASCII digit. */
  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Formats an instant as NGSI-LD writes date-times. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** True for an ISO 8601 calendar date ({@code 2024-05-01}). */
  public static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** True for an ISO 8601 time, with or without zone ({@code 10:00:00}, {@code 10:00:00Z}). */
  public static boolean isTime(String text) {
    try {
      LocalTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
