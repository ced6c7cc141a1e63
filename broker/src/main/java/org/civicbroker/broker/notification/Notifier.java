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
   * Drops what is still pending for a deleted subscription (a delivery already under way may still
   * complete).
   */
  Uni<Void> cancel(Tenant tenant, String subscriptionId);
}
