package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Storage settings ({@code broker.storage.*}). The engine is chosen by Quarkus' {@code
 * quarkus.mongodb.connection-string} (env {@code QUARKUS_MONGODB_CONNECTION_STRING}): set, the
 * broker stores everything in that MongoDB; not set, in its embedded store under {@link #path()}.
 */
@ConfigMapping(prefix = "broker.storage")
public interface StorageConfig {

  /** MongoDB: database of the default tenant; tenant {@code X} uses {@code <database>-X}. */
  @WithDefault("ngsild")
  String database();

  /** Data directory of the embedded store (env {@code BROKER_STORAGE_PATH}). */
  @WithDefault("./data")
  String path();

  /**
   * Whether the embedded store forces every acknowledged write to the disk device (fsync), so that
   * it survives a power loss. Without it every write still reaches the operating system before it
   * is acknowledged, so it survives a crash of the broker process, but not of the machine.
   */
  @WithDefault("true")
  boolean fsync();

  /**
   * The embedded store's block cache in MB, outside the Java heap; it also bounds the store's write
   * buffers (half of it). Larger: fewer disk reads for data not in the in-memory index (the outbox,
   * subscriptions, history).
   */
  @WithDefault("64")
  int cacheMb();

  /** Most writes waiting for the embedded store's writer; beyond it writes get 503. */
  @WithDefault("20000")
  int writeQueue();
}
