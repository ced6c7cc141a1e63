package org.civicbroker.broker.notification.dispatch;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.civicbroker.broker.notification.DeliveryListener;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.delivery.Outcome;
import org.civicbroker.broker.notification.delivery.Transport;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.jboss.logging.Logger;

/**
 * Runs one delivery attempt of a claimed notification and settles it: delivered or finally failed
 * ones leave the outbox, others are rescheduled by the {@link RetryPolicy}. Every attempt is told
 * to the {@link DeliveryListener} and counted. An attempt starts only while this broker's claim
 * covers it to the end (its timeout), so a notification whose claim lapsed is never delivered by
 * two brokers at once.
 */
public final class DeliveryAttempts {
  private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class);

  private final Transport transport;
  private final NotificationOutbox outbox;
  private final Claims claims;
  private final RetryPolicy policy;
  private final DeliveryListener listener;
  private final DeliveryMetrics metrics;
  private final Duration timeout;
  private final Clock clock;

  public DeliveryAttempts(
      Transport transport,
      NotificationOutbox outbox,
      Claims claims,
      RetryPolicy policy,
      DeliveryListener listener,
      DeliveryMetrics metrics,
      Duration timeout,
      Clock clock) {
    this.transport = transport;
    this.outbox = outbox;
    this.claims = claims;
    this.policy = policy;
    this.listener = listener;
    this.metrics = metrics;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** One attempt; never fails. */
  public Uni<Void> attempt(PendingNotification pending) {
    if (!claims.holds(pending.id(), clock.instant().plus(timeout))) {
      claims.drop(pending.id());
      LOG.debugf("Claim on %s lapsed; leaving it to the next claim", pending.id());
      return Uni.createFrom().voidItem();
    }
    return transport
        .deliver(pending.notification())
        .chain(outcome -> settle(pending, outcome))
        .onFailure()
        .recoverWithUni(e -> storeFailed(pending, e))
        .eventually(() -> claims.drop(pending.id()));
  }

  private Uni<Void> settle(PendingNotification pending, Outcome outcome) {
    Instant now = clock.instant();
    Notification n = pending.notification();
    String scheme = n.endpoint().scheme();
    if (outcome instanceof Outcome.Retry retry) {
      return retry(pending, retry, now);
    }
    if (outcome instanceof Outcome.Fail fail) {
      return failFinally(pending, fail.reason(), now);
    }
    metrics.sent(scheme);
    tell(() -> listener.delivered(n.tenant(), n.subscriptionId(), now));
    return outbox.remove(n.id());
  }

  private Uni<Void> retry(PendingNotification pending, Outcome.Retry retry, Instant now) {
    int attempts = pending.attempts() + 1;
    Optional<Duration> delay =
        policy.nextDelay(
            attempts, pending.createdAt(), now, retry.notBefore(), ThreadLocalRandom.current());
    if (delay.isEmpty()) {
      return failFinally(
          pending, retry.reason() + " (gave up after " + attempts + " attempts)", now);
    }
    Notification n = pending.notification();
    metrics.retried(n.endpoint().scheme());
    tell(() -> listener.failed(n.tenant(), n.subscriptionId(), now, retry.reason(), false));
    LOG.debugf(
        "Notification %s to %s failed (%s), retry in %s",
        n.id(), n.endpoint().redactedUri(), retry.reason(), delay.get());
    return outbox.reschedule(
        n.id(), claims.owner(), attempts, now.plus(delay.get()), retry.reason());
  }

  private Uni<Void> failFinally(PendingNotification pending, String reason, Instant now) {
    Notification n = pending.notification();
    metrics.failed(n.endpoint().scheme());
    tell(() -> listener.failed(n.tenant(), n.subscriptionId(), now, reason, true));
    LOG.warnf(
        "Notification %s of subscription %s to %s failed for good: %s",
        n.id(), n.subscriptionId(), n.endpoint().redactedUri(), reason);
    return outbox.remove(n.id());
  }

  private Uni<Void> storeFailed(PendingNotification pending, Throwable e) {
    LOG.warnf(
        "Settling notification %s failed (%s); it is attempted again once its claim lapses",
        pending.id(), e.toString());
    return Uni.createFrom().voidItem();
  }

  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("Delivery listener failed", e);
    }
  }
}
