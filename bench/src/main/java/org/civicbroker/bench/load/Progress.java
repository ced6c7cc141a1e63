package org.civicbroker.bench.load;

import java.util.Locale;
import java.util.function.Consumer;

/** Formats the once-a-second progress line: elapsed, requests/s, p99 so far, errors. */
public final class Progress {
  private final String label;
  private final Consumer<String> sink;
  private long t0;
  private long measureStart;
  private Recorder recorder;
  private long lastTotal;
  private long lastTick;

  public Progress(String label, Consumer<String> sink) {
    this.label = label;
    this.sink = sink;
  }

  void begin(long t0, long measureStart, Recorder recorder) {
    this.t0 = t0;
    this.measureStart = measureStart;
    this.recorder = recorder;
    this.lastTick = t0;
  }

  void done(double measuredSeconds) {
    double p99 = recorder.percentileMillis(99);
    sink.accept(
        String.format(
            Locale.ROOT,
            "[%s] done: %d requests measured, %.1f req/s, p99 %s, errors %d",
            label,
            recorder.requests(),
            recorder.requests() / measuredSeconds,
            Double.isNaN(p99) ? "-" : String.format(Locale.ROOT, "%.2f ms", p99),
            recorder.errorCount()));
  }

  void tick(int inFlight) {
    long now = System.nanoTime();
    long total = recorder.requests() + recorder.warmupRequests();
    double seconds = Math.max(1e-9, (now - lastTick) / 1e9);
    double perSecond = (total - lastTotal) / seconds;
    lastTotal = total;
    lastTick = now;
    String phase = now < measureStart ? "warmup " : "";
    double p99 = recorder.percentileMillis(99);
    sink.accept(
        String.format(
            Locale.ROOT,
            "[%s] %s%5.1fs  %9.1f req/s  p99 %s  errors %d  in flight %d",
            label,
            phase,
            (now - t0) / 1e9,
            perSecond,
            Double.isNaN(p99) ? "-" : String.format(Locale.ROOT, "%.2f ms", p99),
            recorder.errorCount(),
            inFlight));
  }
}
