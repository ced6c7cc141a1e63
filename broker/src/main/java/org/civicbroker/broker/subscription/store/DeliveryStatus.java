package org.civicbroker.broker.subscription.store;

import java.time.Instant;

/**
 * The read-only delivery members of a subscription's notification parameters (GS CIM 009 clause
 * 5.2.14): how many notifications were sent and failed, and when the last one was sent, succeeded
 * and failed. Every delivery attempt counts as sent; a failed attempt also counts as failed.
 *
 * @param timesSent delivery attempts
 * @param timesFailed failed delivery attempts
 * @param lastNotification when the last notification was sent (or claimed for sending); null if
 *     never
 * @param lastSuccess when a delivery last succeeded; null if never
 * @param lastFailure when a delivery last failed; null if never
 */
public record DeliveryStatus(
    long timesSent,
    long timesFailed,
    Instant lastNotification,
    Instant lastSuccess,
    Instant lastFailure) {

  public static final DeliveryStatus NONE = new DeliveryStatus(0, 0, null, null, null);

  /** {@code ok} when the last attempt succeeded, {@code failed} when it failed, null before any. */
  public String notificationStatus() {
    if (lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess))) {
      return "failed";
    }
    return lastSuccess != null ? "ok" : null;
  }

  /** This status with a not yet stored delta applied. */
  public DeliveryStatus plus(DeliveryDelta delta) {
    return new DeliveryStatus(
        timesSent + delta.sent(),
        timesFailed + delta.failed(),
        DeliveryDelta.later(lastNotification, delta.lastNotification()),
        DeliveryDelta.later(lastSuccess, delta.lastSuccess()),
        DeliveryDelta.later(lastFailure, delta.lastFailure()));
  }
}
