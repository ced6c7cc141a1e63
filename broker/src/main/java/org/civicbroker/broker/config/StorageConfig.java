package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Storage settings ({@code broker.storage.*}). The MongoDB connection itself is Quarkus' {@code
 * quarkus.mongodb.connection-string} (env {@code QUARKUS_MONGODB_CONNECTION_STRING}); when it is
 * not set, the broker starts an embedded MongoDB-wire server described by the other settings.
 */
@ConfigMapping(prefix = "broker.storage")
public interface StorageConfig {

  /** Database of the default tenant; tenant {@code X} uses {@code <database>-X}. */
  @WithDefault("ngsild")
  String database();

  /**
   * Backend of the embedded server: {@code h2} (on disk under {@link #path()}) or {@code memory}.
   */
  @WithDefault("h2")
  Backend backend();

  /** Directory of the embedded H2 store (env {@code BROKER_STORAGE_PATH}). */
  @WithDefault("./data")
  String path();

  /** Port of the embedded server on 127.0.0.1; 0 picks a free port. */
  @WithDefault("0")
  int port();

  /**
   * Whether the embedded H2 store forces every acknowledged write to the disk device (fsync), so
   * that it survives a power loss, and reuses freed file space at once. Without it every write is
   * still handed to the operating system before it is acknowledged, so it survives a crash of the
   * broker process, but not of the machine; writes are faster and the file grows more.
   */
  @WithDefault("true")
  boolean fsync();

  /**
   * The embedded H2 store's page cache in MB. Pages outside it are read from disk again; a larger
   * cache speeds up writes and the start-up index rebuild over many entities, at a memory cost well
   * above this figure (H2 counts pages by their stored size): measured with 100,000 entities, 16 MB
   * keeps the heap at about 0.6 GB and rebuilds in 37 s, 64 MB holds every page, 1.7 GB and 15 s.
   */
  @WithDefault("16")
  int cacheMb();

  /** Backends of the embedded server. */
  enum Backend {
    H2,
    MEMORY
  }
}
