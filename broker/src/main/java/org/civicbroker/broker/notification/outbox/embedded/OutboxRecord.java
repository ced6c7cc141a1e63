package org.civicbroker.broker.notification.outbox.embedded;

import java.time.Instant;
import org.civicbroker.broker.notification.PendingNotification;

/**
 * A pending notification as the embedded outbox keeps it: the notification with its delivery state,
 * who holds it ({@code claimedBy}, null when nobody) and the last failure.
 */
record OutboxRecord(PendingNotification pending, String claimedBy, String lastError) {
  /** Claim times of notifications nobody holds. */
  static final Instant UNCLAIMED = Instant.EPOCH;

  /** When the notification may next be taken: its due time, or later while a claim holds it. */
  long availableAt() {
    long due = pending.dueAt().toEpochMilli();
    if (claimedBy == null) {
      return due;
    }
    return Math.max(due, pending.claimedUntil().toEpochMilli());
  }

  boolean heldBy(String owner) {
    return owner.equals(claimedBy);
  }

  boolean claimedAt(Instant now) {
    return claimedBy != null && pending.claimedUntil().isAfter(now);
  }

  OutboxRecord claimed(String owner, Instant until) {
    return new OutboxRecord(pending.withClaimUntil(until), owner, lastError);
  }

  OutboxRecord released() {
    return new OutboxRecord(pending.withClaimUntil(UNCLAIMED), null, lastError);
  }

  OutboxRecord rescheduled(int attempts, Instant dueAt, String error) {
    PendingNotification p = pending;
    return new OutboxRecord(
        new PendingNotification(p.notification(), attempts, p.createdAt(), dueAt, UNCLAIMED),
        null,
        error);
  }
}
