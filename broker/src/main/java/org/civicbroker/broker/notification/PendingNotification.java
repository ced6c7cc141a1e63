package org.civicbroker.broker.notification;

import java.time.Instant;

/**
 * A notification in the outbox: not yet delivered, not finally failed.
 *
 * @param notification the notification
 * @param attempts failed attempts so far
 * @param createdAt when it was enqueued
 * @param dueAt when the next attempt is due
 * @param claimedUntil until when the broker holding it may deliver it (its lease)
 */
public record PendingNotification(
    Notification notification,
    int attempts,
    Instant createdAt,
    Instant dueAt,
    Instant claimedUntil) {

  /** A notification just enqueued, due now, claimed by its broker until {@code until}. */
  public static PendingNotification first(Notification notification, Instant now, Instant until) {
    return new PendingNotification(notification, 0, now, now, until);
  }

  /** The same notification with another claim end. */
  public PendingNotification withClaimUntil(Instant until) {
    return new PendingNotification(notification, attempts, createdAt, dueAt, until);
  }

  public String id() {
    return notification.id();
  }

  public String queueKey() {
    return notification.endpoint().queueKey();
  }
}
