package org.civicbroker.bench.scenario;

import java.util.Locale;

/**
 * A named scenario-specific result.
 *
 * @param name what was measured, e.g. "entities/s"
 * @param value the number
 * @param integral true when the value is a count and prints without decimals
 */
public record Metric(String name, double value, boolean integral) {

  public static Metric rate(String name, double value) {
    return new Metric(name, value, false);
  }

  public static Metric count(String name, long value) {
    return new Metric(name, value, true);
  }

  public String formatted() {
    if (Double.isNaN(value)) {
      return "-";
    }
    return integral
        ? String.format(Locale.ROOT, "%d", (long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
