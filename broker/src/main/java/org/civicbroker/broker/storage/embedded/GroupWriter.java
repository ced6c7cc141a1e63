package org.civicbroker.broker.storage.embedded;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.jboss.logging.Logger;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatchWithIndex;
import org.rocksdb.WriteOptions;

/**
 * The single writer of the embedded store, with group commit: it takes every task waiting (up to
 * {@code maxGroup}), runs them one after another on its own thread against one write batch, and
 * commits that batch with one write (and one fsync when any task of the group asked for
 * durability). Nothing waits on a timer, so a lone task is committed at once; under load, one disk
 * flush serves many callers. Each caller hears, on the Vert.x context it called from, only after
 * its task's writes are committed. The queue is bounded: when it is full, a task is refused at once
 * with 503 rather than accepted and left waiting without bound.
 */
final class GroupWriter implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GroupWriter.class);

  private final RocksDB db;
  private final Map<Column, ColumnFamilyHandle> columns;
  private final int maxGroup;
  private final WriteOptions durable;
  private final WriteOptions relaxed = new WriteOptions();
  private final ReadOptions reads = new ReadOptions();
  private final BlockingQueue<Request<?>> queue;
  private final Thread thread;
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private volatile boolean closed;

  GroupWriter(RocksDB db, Map<Column, ColumnFamilyHandle> columns, EmbeddedOptions options) {
    this.db = db;
    this.columns = columns;
    this.maxGroup = options.maxGroup();
    this.durable = new WriteOptions().setSync(options.fsync());
    this.queue = new ArrayBlockingQueue<>(options.writeQueue());
    this.thread = new Thread(this::run, "embedded-store-writer");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Queues the task; the Uni completes with its result once its group is committed. */
  <T> Uni<T> submit(WriteTask<T> task, boolean mustBeDurable) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Request<T> request = new Request<>(task, mustBeDurable, Vertx.currentContext());
              if (closed) {
                return Uni.createFrom().failure(closedFailure());
              }
              if (!queue.offer(request)) {
                return Uni.createFrom().failure(overloaded());
              }
              return Uni.createFrom().completionStage(request.result);
            });
  }

  /** Tasks waiting for the writer. */
  int queued() {
    return queue.size();
  }

  long commits() {
    return commits.get();
  }

  long tasks() {
    return tasks.get();
  }

  private void run() {
    List<Request<?>> group = new ArrayList<>(maxGroup);
    while (!closed || !queue.isEmpty()) {
      try {
        Request<?> first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, maxGroup - 1);
        commit(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        LOG.error("Embedded store writer failed a group", e);
        group.forEach(r -> r.fail(e));
      } finally {
        group.clear();
      }
    }
  }

  private void commit(List<Request<?>> group) {
    boolean sync = false;
    try (WriteBatchWithIndex batch = new WriteBatchWithIndex(true)) {
      WriteContext context = new WriteContext(db, columns, batch, reads);
      for (Request<?> request : group) {
        sync |= request.durable;
        request.run(context);
      }
      if (context.undoFailed()) {
        throw new RocksDBException("The writes of a failed task could not be undone");
      }
      db.write(sync ? durable : relaxed, batch);
      context.committed();
    } catch (RocksDBException e) {
      NgsiLdException failure = StorageFailures.of(e);
      LOG.errorf(e, "Embedded store commit of %d tasks failed", group.size());
      group.forEach(r -> r.fail(failure));
      return;
    }
    commits.incrementAndGet();
    tasks.addAndGet(group.size());
    group.forEach(Request::complete);
  }

  private static NgsiLdException overloaded() {
    return new NgsiLdException(
        ErrorType.SERVICE_UNAVAILABLE,
        "The broker's store is busy with earlier writes; nothing was stored, retry shortly");
  }

  private static NgsiLdException closedFailure() {
    return new NgsiLdException(
        ErrorType.SERVICE_UNAVAILABLE, "The broker is shutting down; nothing was stored");
  }

  /** Stops taking tasks, commits what is queued, and waits for the writer to end. */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    queue.forEach(r -> r.fail(closedFailure()));
    durable.close();
    relaxed.close();
    reads.close();
  }

  /** A task, its caller's future and context, and what it yielded. */
  private static final class Request<T> {
    private final WriteTask<T> task;
    private final boolean durable;
    private final Context context;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private T value;
    private Throwable failure;

    Request(WriteTask<T> task, boolean durable, Context context) {
      this.task = task;
      this.durable = durable;
      this.context = context;
    }

    void run(WriteContext context) {
      try {
        value = context.attempt(() -> task.apply(context));
      } catch (RuntimeException e) {
        failure = e;
      }
    }

    void complete() {
      if (failure != null) {
        fail(failure);
      } else {
        finish(() -> result.complete(value));
      }
    }

    void fail(Throwable e) {
      finish(() -> result.completeExceptionally(e));
    }

    private void finish(Runnable done) {
      if (context == null) {
        done.run();
      } else {
        context.runOnContext(v -> done.run());
      }
    }
  }
}
