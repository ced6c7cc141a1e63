package org.civicbroker.broker.notification.dispatch;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.NotificationOutbox.Candidate;
import org.jboss.logging.Logger;

/**
 * Moves due notifications from the outbox into the endpoint queues: those retried, those that did
 * not fit a full queue, and, after a start, those a stopped or crashed broker left (earliest due
 * first). It claims each before queueing it, and renews the claims of everything this broker holds
 * every third of the lease. It searches again at once after a search that claimed something, else
 * after the poll interval.
 */
public final class OutboxPoller {
  private static final Logger LOG = Logger.getLogger(OutboxPoller.class);

  private final Vertx vertx;
  private final NotificationOutbox outbox;
  private final EndpointQueues queues;
  private final Claims claims;
  private final Duration interval;
  private final Duration lease;
  private final int batchSize;
  private final Clock clock;
  private volatile boolean running;
  private volatile long pollTimer = -1;
  private volatile long renewTimer = -1;

  public OutboxPoller(
      Vertx vertx,
      NotificationOutbox outbox,
      EndpointQueues queues,
      Claims claims,
      Duration interval,
      Duration lease,
      int batchSize,
      Clock clock) {
    this.vertx = vertx;
    this.outbox = outbox;
    this.queues = queues;
    this.claims = claims;
    this.interval = interval;
    this.lease = lease;
    this.batchSize = batchSize;
    this.clock = clock;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    schedule(Duration.ZERO);
    renewTimer = vertx.setPeriodic(Math.max(1, lease.toMillis() / 3), id -> renew());
  }

  public synchronized void stop() {
    running = false;
    vertx.cancelTimer(pollTimer);
    vertx.cancelTimer(renewTimer);
  }

  private void schedule(Duration delay) {
    if (running) {
      pollTimer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> pollAndSchedule());
    }
  }

  private void pollAndSchedule() {
    pollOnce()
        .subscribe()
        .with(
            claimed -> schedule(claimed > 0 ? Duration.ZERO : interval),
            failure -> {
              LOG.warnf("Outbox search failed: %s", failure.toString());
              schedule(interval);
            });
  }

  /** Claims and queues due notifications; yields how many. */
  public Uni<Integer> pollOnce() {
    Set<String> full = queues.fullKeys();
    return outbox.due(clock.instant(), full, batchSize).chain(this::claimAll);
  }

  private Uni<Integer> claimAll(List<Candidate> candidates) {
    return Multi.createFrom()
        .iterable(candidates)
        .filter(c -> !queues.isFull(c.queueKey()) && !claims.isHeld(c.id()))
        .onItem()
        .transformToUniAndConcatenate(this::claim)
        .filter(Optional::isPresent)
        .map(Optional::get)
        .onItem()
        .transformToUniAndConcatenate(this::queue)
        .collect()
        .with(java.util.stream.Collectors.summingInt(n -> n));
  }

  private Uni<Optional<PendingNotification>> claim(Candidate candidate) {
    Instant now = clock.instant();
    return outbox.claim(candidate.id(), claims.owner(), now, claims.expiry(now));
  }

  private Uni<Integer> queue(PendingNotification pending) {
    if (!claims.take(pending)) {
      return Uni.createFrom().item(0);
    }
    if (queues.offer(pending)) {
      return Uni.createFrom().item(1);
    }
    claims.drop(pending.id());
    return outbox.release(List.of(pending.id()), claims.owner()).replaceWith(0);
  }

  private void renew() {
    Set<String> ids = claims.ids();
    if (ids.isEmpty()) {
      return;
    }
    Instant started = clock.instant();
    Instant until = claims.expiry(started);
    outbox
        .renew(ids, claims.owner(), until)
        .subscribe()
        .with(
            held -> claims.renewed(ids, started, until),
            failure -> LOG.warnf("Renewing outbox claims failed: %s", failure.toString()));
  }
}
