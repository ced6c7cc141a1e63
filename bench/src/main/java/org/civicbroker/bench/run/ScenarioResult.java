package org.civicbroker.bench.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.civicbroker.bench.scenario.Metric;

/**
 * The measurements of one scenario against one broker.
 *
 * @param scenario scenario name
 * @param target the broker
 * @param seconds measured duration
 * @param load "closed loop, N connections" or "open loop, R req/s, N connections"
 * @param requests measured requests, answered or failed
 * @param errors measured requests that failed, by HTTP status or failure name
 * @param latencyMicros latency distribution of answered requests
 * @param perSecond completions in each second of the measurement
 * @param unsent open-loop requests that were due but never sent
 * @param abandoned requests still unanswered when the drain time ran out
 * @param metrics scenario-specific results
 * @param deliveryMicros notification delivery latency, for notify
 * @param failure why the scenario could not run, if it could not
 */
public record ScenarioResult(
    String scenario,
    Target target,
    double seconds,
    String load,
    long requests,
    Map<String, Long> errors,
    Histogram latencyMicros,
    long[] perSecond,
    long unsent,
    long abandoned,
    List<Metric> metrics,
    Optional<Histogram> deliveryMicros,
    Optional<String> failure) {

  public static ScenarioResult failed(String scenario, Target target, String why) {
    return new ScenarioResult(
        scenario,
        target,
        0,
        "-",
        0,
        Map.of(),
        new Histogram(3),
        new long[0],
        0,
        0,
        List.of(),
        Optional.empty(),
        Optional.of(why));
  }

  public long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Measured requests per second. */
  public double throughput() {
    return seconds > 0 ? requests / seconds : Double.NaN;
  }

  /** Latency at {@code percentile} (0-100) in milliseconds, NaN without answers. */
  public double percentileMillis(double percentile) {
    return latencyMicros.getTotalCount() == 0
        ? Double.NaN
        : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
  }

  public double maxMillis() {
    return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getMaxValue() / 1000.0;
  }

  /** "none" or e.g. "404:3 timeout:1". */
  public String errorSummary() {
    if (errors.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    errors.forEach(
        (k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append(':').append(v));
    return sb.toString();
  }
}
