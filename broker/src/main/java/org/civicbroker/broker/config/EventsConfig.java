package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How change events travel between the features of one broker and between broker instances ({@code
 * broker.events.*}). The Kafka channels themselves are configured under {@code mp.messaging.*} in
 * {@code application.properties}; their {@code enabled} flags follow {@link #transport}.
 */
@ConfigMapping(prefix = "broker.events")
public interface EventsConfig {

  /** Where change events go. */
  enum Transport {
    /** In-memory channels: one broker instance per store. */
    MEMORY,
    /** Kafka topics: any number of broker instances on one shared store. */
    KAFKA
  }

  /** The transport ({@code BROKER_EVENTS_TRANSPORT}). */
  @WithDefault("memory")
  Transport transport();

  /** Kafka settings, used only with {@link Transport#KAFKA}. */
  Kafka kafka();

  /** Kafka settings. */
  interface Kafka {

    /**
     * How far before this process started a new instance replays the change topics into its
     * in-memory index and registry, so that no change committed while it loaded them from the store
     * is missed (covers clock skew between instances, too). Replayed changes are idempotent.
     */
    @WithDefault("30s")
    Duration replayMargin();

    /**
     * How long the matcher keeps retrying to record the notifications of one change (e.g. while the
     * store is unreachable) before it gives them up, logs an error and moves on. While it retries,
     * the change's partition waits, and its offset is not committed.
     */
    @WithDefault("5m")
    Duration recordRetry();
  }

  /** Whether events travel through Kafka. */
  default boolean usesKafka() {
    return transport() == Transport.KAFKA;
  }
}
