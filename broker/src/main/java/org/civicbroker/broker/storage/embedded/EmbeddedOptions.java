package org.civicbroker.broker.storage.embedded;

/**
 * Settings of the embedded store.
 *
 * @param fsync force each durable commit to the device before it is acknowledged (else it reaches
 *     the operating system, which survives a crash of the broker but not of the machine)
 * @param cacheBytes the block cache, which also bounds the memtables (off-heap memory)
 * @param writeQueue most write tasks waiting for the writer; more are refused (503)
 * @param maxGroup most tasks committed together
 */
public record EmbeddedOptions(boolean fsync, long cacheBytes, int writeQueue, int maxGroup) {
  public EmbeddedOptions {
    if (cacheBytes < 8L << 20) {
      throw new IllegalArgumentException("The embedded store's cache needs at least 8 MB");
    }
    if (writeQueue < 1 || maxGroup < 1) {
      throw new IllegalArgumentException("Write queue and group size must be positive");
    }
  }

  /** Defaults for tests: no fsync, a small cache. */
  public static EmbeddedOptions forTests() {
    return new EmbeddedOptions(false, 16L << 20, 10_000, 512);
  }
}
