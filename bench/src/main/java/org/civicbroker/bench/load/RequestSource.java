package org.civicbroker.bench.load;

import io.vertx.core.Future;

/** Something the {@link LoadDriver} can ask for one request at a time. */
public interface RequestSource {

  /**
   * Issues request number {@code seq}. Called on the driver's event loop; must not block.
   *
   * @return the outcome; a failed future counts as a transport failure
   */
  Future<Outcome> execute(long seq);

  /** Tells the source the {@link System#nanoTime()} at which measurement starts (after warmup). */
  default void measurementStarts(long nanoTime) {}
}
