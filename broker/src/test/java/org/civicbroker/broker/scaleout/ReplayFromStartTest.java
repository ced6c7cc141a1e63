package org.civicbroker.broker.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Replica consumers start a little before the process did, and only the first time. */
class ReplayFromStartTest {
  private static final long REPLAY_FROM = 1_700_000_000_000L;
  private static final TopicPartition P0 = new TopicPartition("changes", 0);
  private static final TopicPartition P1 = new TopicPartition("changes", 1);
  private static final TopicPartition P2 = new TopicPartition("changes", 2);

  /** A mock consumer that finds offsets by time in a table. */
  private static final class TimedConsumer extends MockConsumer<String, String> {
    private final Map<TopicPartition, OffsetAndTimestamp> byTime = new HashMap<>();
    private final Map<TopicPartition, Long> asked = new HashMap<>();

    TimedConsumer() {
      super("latest");
    }

    @Override
    public synchronized Map<TopicPartition, OffsetAndTimestamp> offsetsForTimes(
        Map<TopicPartition, Long> times) {
      asked.putAll(times);
      Map<TopicPartition, OffsetAndTimestamp> found = new HashMap<>();
      times.keySet().forEach(p -> found.put(p, byTime.get(p)));
      return found;
    }
  }

  private final ReplayFromStart listener = new ReplayFromStart(REPLAY_FROM);
  private final TimedConsumer consumer = new TimedConsumer();

  @Test
  void newPartitionsStartAtTheFirstRecordSinceTheReplayTimeOrAtTheEnd() {
    consumer.assign(List.of(P0, P1));
    consumer.updateEndOffsets(Map.of(P0, 10L, P1, 5L));
    consumer.byTime.put(P0, new OffsetAndTimestamp(3, REPLAY_FROM + 7));

    listener.onPartitionsAssigned(consumer, List.of(P0, P1));

    assertThat(consumer.asked).containsOnly(Map.entry(P0, REPLAY_FROM), Map.entry(P1, REPLAY_FROM));
    assertThat(consumer.position(P0)).isEqualTo(3);
    assertThat(consumer.position(P1)).isEqualTo(5);
  }

  @Test
  void partitionsAssignedAgainKeepTheirPosition() {
    consumer.assign(List.of(P0, P2));
    consumer.updateEndOffsets(Map.of(P0, 10L, P2, 4L));
    listener.onPartitionsAssigned(consumer, List.of(P0));
    consumer.seek(P0, 8);
    consumer.asked.clear();

    listener.onPartitionsAssigned(consumer, List.of(P0, P2));

    assertThat(consumer.asked).containsOnlyKeys(P2);
    assertThat(consumer.position(P0)).isEqualTo(8);
    assertThat(consumer.position(P2)).isEqualTo(4);
  }
}
