package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs {@code n} asynchronous tasks with at most {@code parallel} of them in flight. */
final class Parallel {
  private Parallel() {}

  /** Completes when all tasks succeeded, or fails with the first failure (issuing no more). */
  static Future<Void> forEach(int n, int parallel, IntFunction<Future<?>> task) {
    if (n <= 0) {
      return Future.succeededFuture();
    }
    Promise<Void> done = Promise.promise();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    for (int w = 0; w < Math.min(parallel, n); w++) {
      startNext(n, task, done, next, finished);
    }
    return done.future();
  }

  private static void startNext(
      int n,
      IntFunction<Future<?>> task,
      Promise<Void> done,
      AtomicInteger next,
      AtomicInteger finished) {
    int i = next.getAndIncrement();
    if (i >= n || done.future().isComplete()) {
      return;
    }
    Future<?> f;
    try {
      f = task.apply(i);
    } catch (RuntimeException e) {
      f = Future.failedFuture(e);
    }
    f.onComplete(
        ar -> {
          if (ar.failed()) {
            done.tryFail(ar.cause());
          } else if (finished.incrementAndGet() == n) {
            done.tryComplete();
          } else {
            startNext(n, task, done, next, finished);
          }
        });
  }
}
