package org.civicbroker.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Collects latencies (HdrHistogram, microseconds), completions per second and errors by status.
 * Requests that started before the measurement start (warmup) are counted apart and not measured.
 * Not thread-safe: the driver uses it from its one event loop.
 */
public final class Recorder {
  private final Histogram latency = new Histogram(3);
  private final Map<String, Long> errors = new TreeMap<>();
  private long[] perSecond = new long[64];
  private long measureStart = Long.MIN_VALUE;
  private long requests;
  private long okItems;
  private long errorCount;
  private long warmupRequests;
  private long lastSecond = -1;

  public void startMeasurementAt(long nanoTime) {
    measureStart = nanoTime;
  }

  /**
   * Records one finished request.
   *
   * @param start when the request started, or for open loop when it was scheduled to start
   * @param end when its answer (or failure) arrived
   */
  public void record(long start, long end, Outcome outcome) {
    if (start < measureStart) {
      warmupRequests++;
      return;
    }
    requests++;
    if (outcome.failure() == null) {
      latency.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(end - start)));
    }
    if (outcome.ok()) {
      okItems += outcome.items();
    } else {
      errorCount++;
      errors.merge(outcome.label(), 1L, Long::sum);
    }
    countSecond((end - measureStart) / 1_000_000_000L);
  }

  private void countSecond(long second) {
    int index = (int) Math.max(0, second);
    if (index >= perSecond.length) {
      perSecond = Arrays.copyOf(perSecond, Math.max(index + 1, perSecond.length * 2));
    }
    perSecond[index]++;
    lastSecond = Math.max(lastSecond, index);
  }

  /** Measured requests, answered or failed. */
  public long requests() {
    return requests;
  }

  public long errorCount() {
    return errorCount;
  }

  public long warmupRequests() {
    return warmupRequests;
  }

  /** Sum of {@link Outcome#items()} over successful requests. */
  public long okItems() {
    return okItems;
  }

  public Map<String, Long> errors() {
    return new TreeMap<>(errors);
  }

  /** A copy of the latency histogram, in microseconds. */
  public Histogram latencyMicros() {
    return latency.copy();
  }

  /** Latency at {@code percentile} (0-100) in milliseconds, NaN when nothing was recorded. */
  public double percentileMillis(double percentile) {
    if (latency.getTotalCount() == 0) {
      return Double.NaN;
    }
    return latency.getValueAtPercentile(percentile) / 1000.0;
  }

  /** Completions per second of measurement, index 0 being the first second. */
  public long[] perSecond() {
    return Arrays.copyOf(perSecond, (int) (lastSecond + 1));
  }
}
