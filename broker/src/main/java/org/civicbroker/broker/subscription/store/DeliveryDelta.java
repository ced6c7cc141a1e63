package org.civicbroker.broker.subscription.store;

import java.time.Instant;

/**
 * Changes to a {@link DeliveryStatus} not yet stored: counts to add and times that replace the
 * stored ones when later. Deltas merge, so bursts of deliveries become one store update.
 */
public record DeliveryDelta(
    long sent, long failed, Instant lastNotification, Instant lastSuccess, Instant lastFailure) {

  /** A successful delivery at {@code at}. */
  public static DeliveryDelta delivered(Instant at) {
    return new DeliveryDelta(1, 0, at, at, null);
  }

  /** A failed delivery attempt at {@code at}. */
  public static DeliveryDelta failed(Instant at) {
    return new DeliveryDelta(1, 1, at, null, at);
  }

  /** A notification about to be sent at {@code at} (throttling state). */
  public static DeliveryDelta notified(Instant at) {
    return new DeliveryDelta(0, 0, at, null, null);
  }

  /** Both deltas together. */
  public DeliveryDelta merge(DeliveryDelta other) {
    return new DeliveryDelta(
        sent + other.sent,
        failed + other.failed,
        later(lastNotification, other.lastNotification),
        later(lastSuccess, other.lastSuccess),
        later(lastFailure, other.lastFailure));
  }

  /** The later of two times; null counts as never. */
  public static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
