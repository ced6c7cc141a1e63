package org.civicbroker.broker.common;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Small combinators over Mutiny's {@link Uni}. */
public final class Unis {
  private Unis() {}

  /**
   * The same Uni, delivering its outcome on the Vert.x context of whoever subscribes (when there is
   * one). Callbacks of other libraries (Kafka acknowledgements, storage threads) would otherwise
   * continue a request on a thread where its context (the HTTP request, CDI request scope) is not
   * active.
   */
  public static <T> Uni<T> onCallerContext(Uni<T> uni) {
    return Uni.createFrom()
        .deferred(
            () -> {
              io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
              return context == null
                  ? uni
                  : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
            });
  }

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
