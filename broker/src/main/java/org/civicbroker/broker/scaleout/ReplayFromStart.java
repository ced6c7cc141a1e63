package org.civicbroker.broker.scaleout;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.civicbroker.broker.config.EventsConfig;

/**
 * Positions the replica consumers (a consumer group per process) the first time they get a
 * partition: at the first record written since {@code broker.events.kafka.replay-margin} before
 * this process started. The index and the registry load from the store after the process started,
 * so every change the load may have missed is replayed; replayed changes are idempotent. Partitions
 * seen before (the group rebalanced) resume from the group's committed offsets.
 */
@ApplicationScoped
@Identifier(ReplayFromStart.NAME)
public class ReplayFromStart implements KafkaConsumerRebalanceListener {
  /** The name the replica channels refer to ({@code consumer-rebalance-listener.name}). */
  public static final String NAME = "civic-broker-replay-from-start";

  private final long replayFrom;
  private final Set<TopicPartition> positioned = ConcurrentHashMap.newKeySet();

  @Inject
  public ReplayFromStart(EventsConfig events) {
    this(
        ManagementFactory.getRuntimeMXBean().getStartTime()
            - events.kafka().replayMargin().toMillis());
  }

  /** Replays from the first record at or after {@code replayFrom} (epoch milliseconds). */
  ReplayFromStart(long replayFrom) {
    this.replayFrom = replayFrom;
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    List<TopicPartition> fresh = partitions.stream().filter(positioned::add).toList();
    if (fresh.isEmpty()) {
      return;
    }
    Map<TopicPartition, Long> ends = consumer.endOffsets(fresh);
    Map<TopicPartition, Long> times = new HashMap<>();
    fresh.forEach(p -> times.put(p, replayFrom));
    Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times);
    for (TopicPartition p : fresh) {
      OffsetAndTimestamp first = found.get(p);
      consumer.seek(p, first != null ? first.offset() : ends.get(p));
    }
  }
}
