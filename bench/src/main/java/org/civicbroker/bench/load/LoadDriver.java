package org.civicbroker.bench.load;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.civicbroker.bench.http.Await;

/**
 * Drives a {@link RequestSource} for warmup + duration, on one Vert.x event loop.
 *
 * <p>Closed loop ({@code rate == 0}): {@code connections} requests in flight, each answer
 * immediately followed by the next request; latency is measured from the actual send.
 *
 * <p>Open loop ({@code rate > 0}): request {@code i} is scheduled at {@code t0 + i / rate}. It is
 * sent at that time, or as soon as one of the {@code connections} slots frees up if the broker is
 * behind, and its latency is measured from the scheduled time, so time spent waiting behind a slow
 * answer counts (no coordinated omission). Scheduled requests that could not be sent before the end
 * are reported as unsent.
 */
public final class LoadDriver {
  /** How long to wait for requests still in flight when the time is up. */
  static final Duration DRAIN = Duration.ofSeconds(40);

  /** Load shape. {@code rate == 0} means closed loop. */
  public record Config(int connections, double rate, Duration warmup, Duration duration) {}

  /**
   * What the driver did.
   *
   * @param dispatched requests sent, warmup included
   * @param unsent open loop only: scheduled requests never sent because the broker was behind
   * @param abandoned requests without an answer when the drain time ran out
   */
  public record Summary(long dispatched, long unsent, long abandoned) {}

  private final Context ctx;
  private final Config cfg;
  private final RequestSource source;
  private final Recorder recorder;
  private final Progress progress;
  private final Promise<Summary> done = Promise.promise();
  private long t0;
  private long end;
  private long next;
  private long dispatched;
  private long unsent;
  private int inFlight;
  private boolean stopping;
  private long pumpTimer = -1;

  private LoadDriver(
      Vertx vertx, Config cfg, RequestSource source, Recorder recorder, Progress progress) {
    this.ctx = vertx.getOrCreateContext();
    this.cfg = cfg;
    this.source = source;
    this.recorder = recorder;
    this.progress = progress;
  }

  /** Runs the load and blocks until every request is answered (or the drain time runs out). */
  public static Summary run(
      Vertx vertx, Config cfg, RequestSource source, Recorder recorder, Progress progress) {
    LoadDriver driver = new LoadDriver(vertx, cfg, source, recorder, progress);
    driver.ctx.runOnContext(v -> driver.start());
    Duration limit = cfg.warmup().plus(cfg.duration()).plus(DRAIN).plus(Duration.ofSeconds(10));
    return Await.result(driver.done.future(), limit);
  }

  private void start() {
    t0 = System.nanoTime();
    long measureStart = t0 + cfg.warmup().toNanos();
    end = measureStart + cfg.duration().toNanos();
    recorder.startMeasurementAt(measureStart);
    source.measurementStarts(measureStart);
    progress.begin(t0, measureStart, recorder);
    long progressTimer = ctx.owner().setPeriodic(1000, id -> progress.tick(inFlight));
    done.future().onComplete(ar -> ctx.owner().cancelTimer(progressTimer));
    long totalMs = Math.max(1, (end - t0) / 1_000_000);
    ctx.owner().setTimer(totalMs, id -> stop());
    if (cfg.rate() > 0) {
      pumpTimer = ctx.owner().setPeriodic(1, id -> pump());
      pump();
    } else {
      for (int i = 0; i < cfg.connections(); i++) {
        closedNext();
      }
    }
  }

  private void pump() {
    long now = System.nanoTime();
    while (!stopping && inFlight < cfg.connections()) {
      long intended = scheduledTime(next);
      if (intended >= end || intended > now) {
        return;
      }
      next++;
      dispatch(intended);
    }
  }

  private long scheduledTime(long index) {
    return t0 + (long) (index * (1e9 / cfg.rate()));
  }

  private void closedNext() {
    if (!stopping && System.nanoTime() < end) {
      dispatch(System.nanoTime());
    }
  }

  private void dispatch(long start) {
    inFlight++;
    dispatched++;
    Future<Outcome> future;
    try {
      future = source.execute(dispatched - 1);
    } catch (RuntimeException e) {
      future = Future.failedFuture(e);
    }
    // Always hop back through the event loop: an already-completed future would otherwise
    // recurse into the next dispatch on the same stack.
    future.onComplete(
        ar -> {
          long now = System.nanoTime();
          ctx.runOnContext(v -> complete(start, now, ar));
        });
  }

  private void complete(long start, long now, AsyncResult<Outcome> ar) {
    inFlight--;
    recorder.record(start, now, ar.succeeded() ? ar.result() : Outcome.failed(ar.cause()));
    if (cfg.rate() > 0) {
      pump();
    } else {
      closedNext();
    }
    if (stopping && inFlight == 0) {
      finish(0);
    }
  }

  private void stop() {
    if (cfg.rate() > 0) {
      pump();
      ctx.owner().cancelTimer(pumpTimer);
      long scheduled = (long) Math.ceil((end - t0) * cfg.rate() / 1e9);
      while (scheduled > 0 && scheduledTime(scheduled - 1) >= end) {
        scheduled--;
      }
      unsent = Math.max(0, scheduled - next);
    }
    stopping = true;
    if (inFlight == 0) {
      finish(0);
    } else {
      ctx.owner().setTimer(DRAIN.toMillis(), id -> finish(inFlight));
    }
  }

  private void finish(long abandoned) {
    if (done.tryComplete(new Summary(dispatched, unsent, abandoned))) {
      progress.done(cfg.duration().toNanos() / 1e9);
    }
  }
}
