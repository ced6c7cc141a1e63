package org.civicbroker.broker.common;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Small combinators over Mutiny's {@link Uni}. */
public final class Unis {
  private Unis() {}

  /**
   * Completes once every one of {@code unis} has completed (at once when there are none); fails,
   * after all have ended, if any failed.
   */
  public static Uni<Void> all(List<Uni<Void>> unis) {
    if (unis.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    if (unis.size() == 1) {
      return unis.get(0);
    }
    return Uni.join().all(unis).andCollectFailures().replaceWithVoid();
  }
}
