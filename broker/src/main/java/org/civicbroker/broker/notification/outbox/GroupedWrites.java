package org.civicbroker.broker.notification.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Merges concurrent single-item writes into one store command per batch: while one batch is being
 * written, new items wait and go together in the next one. On the embedded store every command is a
 * commit (and an fsync), so a burst of n notifications costs a few commits instead of n; each
 * caller still completes only once its own item is written.
 *
 * @param <T> an item to write
 * @param <R> the outcome of one item
 */
final class GroupedWrites<T, R> {
  private record Waiting<T, R>(T item, UniEmitter<? super R> caller) {}

  private final Function<List<T>, Uni<List<R>>> writeAll;
  private final int maxBatch;
  private final List<Waiting<T, R>> queue = new ArrayList<>();
  private boolean writing;

  /**
   * @param writeAll writes a batch; yields one outcome per item, in order
   * @param maxBatch most items in one command
   */
  GroupedWrites(Function<List<T>, Uni<List<R>>> writeAll, int maxBatch) {
    this.writeAll = writeAll;
    this.maxBatch = maxBatch;
  }

  /** Writes the item with the next batch; completes with its outcome. */
  Uni<R> write(T item) {
    return Uni.createFrom()
        .emitter(
            caller -> {
              boolean start;
              synchronized (this) {
                queue.add(new Waiting<>(item, caller));
                start = !writing;
                writing = true;
              }
              if (start) {
                next();
              }
            });
  }

  private void next() {
    List<Waiting<T, R>> batch;
    synchronized (this) {
      if (queue.isEmpty()) {
        writing = false;
        return;
      }
      int size = Math.min(queue.size(), maxBatch);
      batch = new ArrayList<>(queue.subList(0, size));
      queue.subList(0, size).clear();
    }
    Uni<List<R>> written;
    try {
      written = writeAll.apply(batch.stream().map(Waiting::item).toList());
    } catch (RuntimeException e) {
      written = Uni.createFrom().failure(e);
    }
    written
        .subscribe()
        .with(
            outcomes -> {
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).caller().complete(outcomes.get(i));
              }
              next();
            },
            failure -> {
              batch.forEach(w -> w.caller().fail(failure));
              next();
            });
  }
}
