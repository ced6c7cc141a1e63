package org.civicbroker.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationTrackerTest {
  private static final long MS = 1_000_000;

  @Test
  void matchesNotificationsToUpdatesAndCountsLosses() throws InterruptedException {
    NotificationTracker t = new NotificationTracker();
    t.measurementStarts(1_000 * MS);
    t.acked(0, 900 * MS, 905 * MS, 2); // warmup: not counted
    t.notified(0, 0, 906 * MS);
    t.acked(1, 1_000 * MS, 1_010 * MS, 2);
    t.notified(1, 0, 1_013 * MS);
    t.notified(1, 0, 1_014 * MS); // duplicate
    t.notified(2, 1, 1_020 * MS); // arrives before its update's 2xx
    t.acked(2, 1_015 * MS, 1_030 * MS, 2);
    t.notified(2, 0, 1_031 * MS);

    assertThat(t.awaitAll(Duration.ofMillis(10))).isFalse();
    NotificationTracker.Stats s = t.stats();
    assertThat(s.expected()).isEqualTo(4);
    assertThat(s.received()).isEqualTo(3);
    assertThat(s.lost()).isEqualTo(1);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(s.early()).isEqualTo(1);
    assertThat(t.deliveryMicros().getTotalCount()).isEqualTo(3);
    assertThat(t.deliveryMicros().getMaxValue()).isBetween(2_990L, 3_010L);
  }

  @Test
  void readsTheSequenceNumberInEveryNotificationFormat() {
    assertThat(
            NotificationReceiver.sequenceOf(
                new JsonObject("{\"benchSeq\":{\"type\":\"Property\",\"value\":12}}")))
        .isEqualTo(12);
    assertThat(NotificationReceiver.sequenceOf(new JsonObject("{\"benchSeq\":13}"))).isEqualTo(13);
    assertThat(NotificationReceiver.sequenceOf(new JsonObject("{\"benchSeq\":{\"value\":14}}")))
        .isEqualTo(14);
    assertThat(
            NotificationReceiver.sequenceOf(
                new JsonObject(
                    "{\"https://uri.etsi.org/ngsi-ld/default-context/benchSeq\":[{\"value\":15}]}")))
        .isEqualTo(15);
    assertThat(NotificationReceiver.sequenceOf(new JsonObject("{\"temperature\":3}")))
        .isEqualTo(-1);
  }
}
