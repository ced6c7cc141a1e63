package org.civicbroker.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Matches notifications to the updates that caused them, by the update's sequence number, and
 * measures update-to-delivery latency from the moment the update's 2xx arrived. Thread-safe: the
 * driver's event loop reports updates, the receiver's event loop reports notifications.
 */
final class NotificationTracker {
  /** Counts after the run. */
  record Stats(
      long expected, long received, long lost, long duplicates, long unmatched, long early) {}

  private static final class Update {
    long ackedAt = -1;
    boolean measured;
    int expected;
    int received;
    final BitSet subscriptions = new BitSet();
    final List<Long> early = new ArrayList<>(1);
  }

  private final Map<Long, Update> updates = new HashMap<>();
  private final Histogram delivery = new Histogram(3);
  private long measureStart = Long.MIN_VALUE;
  private long expected;
  private long received;
  private long duplicates;
  private long early;

  synchronized void measurementStarts(long nanoTime) {
    measureStart = nanoTime;
  }

  /** Update {@code seq}, sent at {@code sentAt}, got its 2xx at {@code ackedAt}. */
  synchronized void acked(long seq, long sentAt, long ackedAt, int expectedNotifications) {
    Update u = updates.computeIfAbsent(seq, k -> new Update());
    u.ackedAt = ackedAt;
    u.measured = sentAt >= measureStart;
    u.expected = expectedNotifications;
    if (u.measured) {
      expected += expectedNotifications;
    }
    for (long at : u.early) {
      count(u, at);
    }
    u.early.clear();
    notifyAll();
  }

  /** A notification for update {@code seq} arrived through subscription number {@code sub}. */
  synchronized void notified(long seq, int subscription, long at) {
    Update u = updates.computeIfAbsent(seq, k -> new Update());
    if (u.subscriptions.get(subscription)) {
      duplicates++;
      return;
    }
    u.subscriptions.set(subscription);
    if (u.ackedAt < 0) {
      u.early.add(at);
    } else {
      count(u, at);
    }
    notifyAll();
  }

  private void count(Update u, long at) {
    u.received++;
    if (!u.measured || u.received > u.expected) {
      return;
    }
    received++;
    if (at < u.ackedAt) {
      early++;
    }
    delivery.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(at - u.ackedAt)));
  }

  /** Waits until every expected notification arrived, or the grace time ran out. */
  synchronized boolean awaitAll(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    while (received < expected) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  synchronized Stats stats() {
    long unmatched =
        updates.values().stream().filter(u -> u.ackedAt < 0).mapToLong(u -> u.early.size()).sum();
    return new Stats(expected, received, expected - received, duplicates, unmatched, early);
  }

  synchronized Histogram deliveryMicros() {
    return delivery.copy();
  }
}
