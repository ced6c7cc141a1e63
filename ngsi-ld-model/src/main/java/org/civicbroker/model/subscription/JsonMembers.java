package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.representation.DateTimes;
import org.civicbroker.model.representation.Members;
import org.civicbroker.model.representation.Names;

/**
 * Typed reads of JSON members for the subscription readers; every failure is BadRequestData whose
 * detail starts with the member's path (e.g. {@code notification.endpoint.uri}).
 */
final class JsonMembers {
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L);

  private JsonMembers() {}

  /** True when the member is absent, JSON null or the NGSI-LD Null. */
  static boolean absent(JsonNode value) {
    return value == null || value.isNull() || Members.isNgsiLdNull(value);
  }

  static String text(JsonNode value, String path) {
    if (value == null || !value.isTextual()) {
      throw bad(path, "must be a string");
    }
    return value.textValue();
  }

  static boolean bool(JsonNode value, String path) {
    if (value == null || !value.isBoolean()) {
      throw bad(path, "must be true or false");
    }
    return value.booleanValue();
  }

  static String uri(JsonNode value, String path) {
    String text = text(value, path);
    if (!Uris.isAbsolute(text)) {
      throw bad(path, "must be an absolute URI, not " + Uris.quote(text));
    }
    return text;
  }

  static Instant dateTime(JsonNode value, String path) {
    String text = text(value, path);
    return DateTimes.parse(text)
        .orElseThrow(() -> bad(path, "must be a DateTime such as 2030-01-01T00:00:00Z"));
  }

  /** A number of seconds; {@code positive}: greater than zero, else at least zero. */
  static Duration seconds(JsonNode value, String path, boolean positive) {
    BigDecimal n = number(value, path);
    if (n.signum() < 0 || (positive && n.signum() == 0)) {
      throw bad(path, positive ? "must be greater than 0" : "must not be negative");
    }
    if (n.compareTo(MAX_SECONDS) > 0) {
      throw bad(path, "is too large");
    }
    BigDecimal nanos = n.movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP);
    return Duration.ofNanos(nanos.longValueExact());
  }

  /** A whole number at least {@code min}. */
  static long whole(JsonNode value, String path, long min) {
    BigDecimal n = number(value, path);
    if (n.stripTrailingZeros().scale() > 0) {
      throw bad(path, "must be a whole number");
    }
    if (n.compareTo(BigDecimal.valueOf(min)) < 0) {
      throw bad(path, "must be at least " + min);
    }
    if (n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw bad(path, "is too large");
    }
    return n.longValueExact();
  }

  private static BigDecimal number(JsonNode value, String path) {
    if (value == null || !value.isNumber()) {
      throw bad(path, "must be a number");
    }
    return value.decimalValue();
  }

  /** A non-empty array of strings (a single string is taken as a one-element array). */
  static List<String> texts(JsonNode value, String path) {
    if (value != null && value.isTextual()) {
      return List.of(value.textValue());
    }
    if (value == null || !value.isArray()) {
      throw bad(path, "must be an array of strings");
    }
    if (value.isEmpty()) {
      throw bad(path, "must not be an empty array");
    }
    List<String> items = new ArrayList<>(value.size());
    for (JsonNode item : value) {
      items.add(text(item, path + "[" + items.size() + "]"));
    }
    return items;
  }

  /** A non-empty array of valid attribute names ({@link Names}), as written. */
  static List<String> names(JsonNode value, String path) {
    List<String> names = texts(value, path);
    for (String name : names) {
      if (!Names.isValid(name)) {
        throw bad(path, "invalid attribute name " + Uris.quote(name));
      }
    }
    return names;
  }

  static NgsiLdException bad(String path, String problem) {
    return NgsiLdException.badData(path + ": " + problem);
  }
}
