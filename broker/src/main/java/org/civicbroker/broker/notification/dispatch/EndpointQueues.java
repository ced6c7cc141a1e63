package org.civicbroker.broker.notification.dispatch;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicbroker.broker.notification.PendingNotification;

/**
 * One bounded queue and one concurrency limit per endpoint ({@link
 * org.civicbroker.broker.notification.Endpoint#queueKey()}): an endpoint that hangs holds at most
 * {@code concurrency} attempts and {@code capacity} waiting notifications, and nothing of any other
 * endpoint. A full queue refuses more; those stay in the outbox until it has room. A queue with
 * nothing waiting or running is dropped.
 */
public final class EndpointQueues {
  private final int capacity;
  private final int concurrency;
  private final Function<PendingNotification, Uni<Void>> worker;
  private final Executor executor;
  private final ConcurrentHashMap<String, EndpointQueue> queues = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * @param capacity most notifications waiting per endpoint
   * @param concurrency most attempts running per endpoint
   * @param worker runs one attempt; its failure is ignored (it reports its own)
   * @param executor where attempts start (never on the caller's thread)
   */
  public EndpointQueues(
      int capacity,
      int concurrency,
      Function<PendingNotification, Uni<Void>> worker,
      Executor executor) {
    this.capacity = Math.max(1, capacity);
    this.concurrency = Math.max(1, concurrency);
    this.worker = worker;
    this.executor = executor;
  }

  /** Queues a notification for its endpoint; false if that endpoint's queue is full. */
  public boolean offer(PendingNotification pending) {
    if (closed) {
      return false;
    }
    boolean[] accepted = new boolean[1];
    EndpointQueue queue =
        queues.compute(
            pending.queueKey(),
            (key, q) -> {
              EndpointQueue target = q == null ? new EndpointQueue(key) : q;
              accepted[0] = target.add(pending);
              return target;
            });
    if (accepted[0]) {
      queue.drain();
    }
    return accepted[0];
  }

  public boolean isFull(String queueKey) {
    EndpointQueue queue = queues.get(queueKey);
    return queue != null && queue.full();
  }

  /** The endpoints whose queue is full. */
  public Set<String> fullKeys() {
    return queues.values().stream()
        .filter(EndpointQueue::full)
        .map(q -> q.key)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Notifications waiting, over all endpoints. */
  public int waiting() {
    return queues.values().stream().mapToInt(EndpointQueue::waitingCount).sum();
  }

  /** Attempts running, over all endpoints. */
  public int running() {
    return queues.values().stream().mapToInt(EndpointQueue::runningCount).sum();
  }

  /** Endpoints with something waiting or running. */
  public int endpoints() {
    return queues.size();
  }

  /** Starts no more attempts and refuses new notifications; yields those that were waiting. */
  public List<PendingNotification> close() {
    closed = true;
    List<PendingNotification> waiting = new ArrayList<>();
    queues.values().forEach(q -> q.takeAll(waiting));
    return waiting;
  }

  private final class EndpointQueue {
    private final String key;
    private final ArrayDeque<PendingNotification> waiting = new ArrayDeque<>();
    private int running;

    EndpointQueue(String key) {
      this.key = key;
    }

    synchronized boolean add(PendingNotification pending) {
      if (waiting.size() >= capacity) {
        return false;
      }
      waiting.add(pending);
      return true;
    }

    synchronized boolean full() {
      return waiting.size() >= capacity;
    }

    synchronized int waitingCount() {
      return waiting.size();
    }

    synchronized int runningCount() {
      return running;
    }

    synchronized boolean idle() {
      return waiting.isEmpty() && running == 0;
    }

    synchronized void takeAll(List<PendingNotification> into) {
      into.addAll(waiting);
      waiting.clear();
    }

    void drain() {
      while (true) {
        PendingNotification next;
        synchronized (this) {
          if (closed || running >= concurrency || waiting.isEmpty()) {
            return;
          }
          next = waiting.poll();
          running++;
        }
        start(next);
      }
    }

    private void start(PendingNotification pending) {
      Uni.createFrom()
          .deferred(() -> worker.apply(pending))
          .runSubscriptionOn(executor)
          .subscribe()
          .with(ignored -> finished(), failure -> finished());
    }

    private void finished() {
      synchronized (this) {
        running--;
      }
      drain();
      queues.computeIfPresent(key, (k, q) -> q.idle() ? null : q);
    }
  }
}
