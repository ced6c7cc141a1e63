package org.civicbroker.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecorderTest {
  private static final long MS = 1_000_000;

  @Test
  void ignoresWarmupAndCountsErrorsBySecond() {
    Recorder r = new Recorder();
    r.startMeasurementAt(1_000 * MS);
    r.record(900 * MS, 950 * MS, new Outcome(200, null, 0));
    r.record(1_000 * MS, 1_002 * MS, new Outcome(200, null, 0));
    r.record(1_500 * MS, 1_510 * MS, new Outcome(404, null, 0));
    r.record(2_100 * MS, 2_300 * MS, new Outcome(0, "timeout", 0));
    r.record(2_200 * MS, 2_204 * MS, new Outcome(207, null, 1000));
    r.record(2_300 * MS, 2_304 * MS, new Outcome(201, null, 1000));

    assertThat(r.warmupRequests()).isEqualTo(1);
    assertThat(r.requests()).isEqualTo(5);
    assertThat(r.errors()).containsOnlyKeys("404", "207", "timeout");
    assertThat(r.errorCount()).isEqualTo(3);
    assertThat(r.okItems()).isEqualTo(1000);
    assertThat(r.perSecond()).containsExactly(2, 3);
    // the timeout has no latency: four answered requests, 2, 10, 4 and 4 ms
    assertThat(r.latencyMicros().getTotalCount()).isEqualTo(4);
    assertThat(r.percentileMillis(100)).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
  }
}
