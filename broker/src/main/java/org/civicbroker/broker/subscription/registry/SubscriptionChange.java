package org.civicbroker.broker.subscription.registry;

import java.time.Instant;
import org.civicbroker.model.id.Tenant;

/**
 * A subscription was created, updated or deleted. The event names the subscription only: every
 * consumer reads the current state from the store, so events applied twice or out of order still
 * leave it right.
 *
 * @param eventId unique per event
 * @param tenant the subscription's tenant
 * @param subscriptionId the subscription's id
 * @param kind what happened
 * @param at when it was committed
 * @param origin the id of the broker instance that committed it
 */
public record SubscriptionChange(
    String eventId, Tenant tenant, String subscriptionId, Kind kind, Instant at, String origin) {

  /** What happened to the subscription. */
  public enum Kind {
    CREATED,
    UPDATED,
    DELETED
  }
}
