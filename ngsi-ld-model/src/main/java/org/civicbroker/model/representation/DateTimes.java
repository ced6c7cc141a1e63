package org.civicbroker.model.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
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
