package org.civicbroker.broker.notification;

import java.time.Instant;
import org.civicbroker.model.id.Tenant;

/**
 * Told the outcome of each delivery attempt, to keep subscription status ({@code timesSent}, {@code
 * timesFailed}, {@code lastNotification}, {@code lastSuccess}, {@code lastFailure}).
 */
public interface DeliveryListener {

  /** The endpoint accepted the notification (HTTP 2xx / MQTT publish acknowledged). */
  void delivered(Tenant tenant, String subscriptionId, Instant at);

  /**
   * An attempt failed; {@code finalAttempt} is true when no retry follows (retry limit reached, or
   * an answer that retrying cannot fix).
   */
  void failed(
      Tenant tenant, String subscriptionId, Instant at, String reason, boolean finalAttempt);
}
