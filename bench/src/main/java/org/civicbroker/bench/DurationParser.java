package org.civicbroker.bench;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1m30s} or {@code 45}. */
final class DurationParser {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
  private static final Pattern BARE = Pattern.compile("\\d+(?:\\.\\d+)?");

  private DurationParser() {}

  static Duration parse(String option, String text) throws CliException {
    String s = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (BARE.matcher(s).matches()) {
      return ofMillis(Double.parseDouble(s) * 1000);
    }
    Matcher m = PART.matcher(s);
    double millis = 0;
    int end = 0;
    while (m.find() && m.start() == end) {
      millis += Double.parseDouble(m.group(1)) * unitMillis(m.group(2));
      end = m.end();
    }
    if (s.isEmpty() || end != s.length()) {
      throw new CliException(
          option + ": '" + text + "' is not a duration (examples: 30s, 500ms, 2m, 1m30s)");
    }
    return ofMillis(millis);
  }

  private static Duration ofMillis(double millis) {
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }

  private static long unitMillis(String unit) {
    return switch (unit) {
      case "ms" -> 1;
      case "s" -> 1_000;
      case "m" -> 60_000;
      default -> 3_600_000;
    };
  }
}
