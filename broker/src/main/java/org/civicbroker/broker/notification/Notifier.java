package org.civicbroker.broker.notification;

import io.smallrye.mutiny.Uni;
import org.civicbroker.model.id.Tenant;

/**
 * Delivers notifications at least once: {@link #enqueue} returns once the notification is durably
 * recorded (outbox), delivery then happens asynchronously with retries, and a restart resumes what
 * was pending. A slow or dead endpoint never delays other endpoints.
 */
public interface Notifier {

  /** Records the notification for delivery; completes when it can no longer be lost. */
  Uni<Void> enqueue(Notification notification);

  /**
   * The outbox record of a notification that a write will commit itself (with the write), claimed
   * by this broker so that it delivers it once committed ({@link #committed}).
   */
  PendingNotification prepare(Notification notification);

  /** Delivers notifications whose outbox records a write has just committed. */
  void committed(java.util.List<PendingNotification> notifications);

  /**
   * Drops what is still pending for a deleted subscription (a delivery already under way may still
   * complete).
   */
  Uni<Void> cancel(Tenant tenant, String subscriptionId);
}
