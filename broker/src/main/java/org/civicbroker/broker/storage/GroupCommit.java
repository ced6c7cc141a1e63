package org.civicbroker.broker.storage;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Group commit: single-item writes that arrive while the previous batch is in flight are sent
 * together as the next one. Nothing waits on a timer, so a lone write goes out at once; under load,
 * one store command (and, on the embedded store, one disk commit) serves many callers. Every item
 * keeps its own outcome, and each caller hears, on the Vert.x context it called from, only after
 * its item is stored.
 *
 * @param <T> an item to write
 * @param <R> the outcome of one item
 */
public final class GroupCommit<T, R> {
  private final Function<List<T>, Uni<List<R>>> writeAll;
  private final int maxBatch;
  private final Queue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean busy = new AtomicBoolean();

  /**
   * @param writeAll writes a batch; yields one outcome per item, in order
   * @param maxBatch most items in one batch
   */
  public GroupCommit(Function<List<T>, Uni<List<R>>> writeAll, int maxBatch) {
    this.writeAll = writeAll;
    this.maxBatch = maxBatch;
  }

  /** Writes the item with the next batch; completes with its outcome. */
  public Uni<R> write(T item) {
    Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>(), Vertx.currentContext());
    queue.add(pending);
    drain();
    return Uni.createFrom().completionStage(pending.outcome);
  }

  private void drain() {
    if (queue.isEmpty() || !busy.compareAndSet(false, true)) {
      return;
    }
    List<Pending<T, R>> batch = new ArrayList<>();
    Pending<T, R> next;
    while (batch.size() < maxBatch && (next = queue.poll()) != null) {
      batch.add(next);
    }
    Uni<List<R>> written;
    try {
      written = writeAll.apply(batch.stream().map(Pending::item).toList());
    } catch (RuntimeException e) {
      written = Uni.createFrom().failure(e);
    }
    written
        .subscribe()
        .with(
            outcomes -> {
              release();
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(outcomes.get(i), null);
              }
            },
            failure -> {
              release();
              batch.forEach(p -> p.complete(null, failure));
            });
  }

  private void release() {
    busy.set(false);
    drain();
  }

  /** An item, its caller's future and the Vert.x context the caller continues on (or null). */
  private record Pending<T, R>(T item, CompletableFuture<R> outcome, Context context) {
    void complete(R result, Throwable failure) {
      Runnable done =
          () -> {
            if (failure == null) {
              outcome.complete(result);
            } else {
              outcome.completeExceptionally(failure);
            }
          };
      if (context == null) {
        done.run();
      } else {
        context.runOnContext(v -> done.run());
      }
    }
  }
}
