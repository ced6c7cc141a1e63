package org.civicbroker.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadDriverTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Answers each request after {@code normalMs}, or after {@code slowMs} for one of them. */
  private final class FakeSource implements RequestSource {
    final AtomicInteger executed = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final long slowSeq;
    final long slowMs;
    final long normalMs;

    FakeSource(long slowSeq, long slowMs, long normalMs) {
      this.slowSeq = slowSeq;
      this.slowMs = slowMs;
      this.normalMs = normalMs;
    }

    @Override
    public Future<Outcome> execute(long seq) {
      executed.incrementAndGet();
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      Promise<Outcome> p = Promise.promise();
      vertx.setTimer(
          seq == slowSeq ? slowMs : normalMs,
          id -> {
            inFlight.decrementAndGet();
            p.complete(new Outcome(seq % 10 == 9 ? 500 : 200, null, 0));
          });
      return p.future();
    }
  }

  private LoadDriver.Summary run(
      RequestSource source, Recorder recorder, int connections, double rate, Duration duration) {
    LoadDriver.Config config = new LoadDriver.Config(connections, rate, Duration.ZERO, duration);
    return LoadDriver.run(vertx, config, source, recorder, new Progress("test", line -> {}));
  }

  @Test
  void closedLoopKeepsConnectionsInFlightAndRecordsEveryRequest() {
    FakeSource source = new FakeSource(-1, 0, 1);
    Recorder recorder = new Recorder();
    LoadDriver.Summary summary = run(source, recorder, 4, 0, Duration.ofMillis(500));

    assertThat(source.maxInFlight.get()).isEqualTo(4);
    assertThat(summary.dispatched()).isEqualTo(source.executed.get());
    assertThat(recorder.requests()).isEqualTo(source.executed.get());
    assertThat(recorder.errors().get("500")).isEqualTo(source.executed.get() / 10);
    assertThat(summary.unsent()).isZero();
    assertThat(summary.abandoned()).isZero();
  }

  @Test
  void openLoopSendsExactlyTheScheduledRequests() {
    FakeSource source = new FakeSource(-1, 0, 1);
    Recorder recorder = new Recorder();
    LoadDriver.Summary summary = run(source, recorder, 8, 200, Duration.ofSeconds(1));

    // request i is scheduled at i/200 s, so i = 0..199 fall inside one second
    assertThat(summary.dispatched() + summary.unsent()).isEqualTo(200);
    assertThat(summary.unsent()).isZero();
    assertThat(recorder.requests()).isEqualTo(200);
  }

  @Test
  void openLoopMeasuresFromScheduledStartSoStallsAreNotHidden() {
    // One connection at 100 req/s: request 10 (scheduled at 100 ms) stalls 300 ms, so requests
    // 11..30, scheduled at 110..300 ms, cannot start before 400 ms. Measured from their scheduled
    // time each of them takes at least 100 ms, however fast the machine; measured from the actual
    // send, only request 10 would.
    FakeSource source = new FakeSource(10, 300, 1);
    Recorder recorder = new Recorder();
    run(source, recorder, 1, 100, Duration.ofSeconds(1));

    Histogram h = recorder.latencyMicros();
    long over100ms = h.getTotalCount() - h.getCountBetweenValues(0, 100_000);
    assertThat(over100ms).isGreaterThanOrEqualTo(21);
    assertThat(recorder.percentileMillis(100)).isGreaterThanOrEqualTo(300);
  }

  @Test
  void openLoopCountsScheduledRequestsItCouldNotSendAsUnsent() {
    // Every request takes at least 50 ms on one connection: at most 20 of the 100 fit in 1 s.
    FakeSource source = new FakeSource(-1, 0, 50);
    Recorder recorder = new Recorder();
    LoadDriver.Summary summary = run(source, recorder, 1, 100, Duration.ofSeconds(1));

    assertThat(summary.dispatched() + summary.unsent()).isEqualTo(100);
    assertThat(summary.dispatched()).isBetween(5L, 20L);
    assertThat(recorder.requests()).isEqualTo(summary.dispatched());
  }
}
