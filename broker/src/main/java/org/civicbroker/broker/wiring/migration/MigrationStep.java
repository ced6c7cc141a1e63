package org.civicbroker.broker.wiring.migration;

/**
 * The points a migration passes, in order, each after its effect is on disk. Tests listen to them
 * and throw at one to stop a migration there as a crash would.
 */
enum MigrationStep {
  /** The legacy file is in {@code legacy-h2/}. */
  LEGACY_FILE_MOVED,
  /** A batch of documents is committed to the store being built (passed once per batch). */
  BATCH_WRITTEN,
  /** The new store is complete in {@code legacy-h2/migrating/}, its summary beside it. */
  STORE_BUILT,
  /** Its {@code rocksdb/} is in the data directory; {@code FORMAT} is not yet. */
  STORE_MOVED,
  /** {@code FORMAT} is in the data directory: the migration is committed. */
  COMMITTED;

  /** Told of each step as it is passed. */
  @FunctionalInterface
  interface Listener {
    Listener NONE = step -> {};

    void reached(MigrationStep step);
  }
}
