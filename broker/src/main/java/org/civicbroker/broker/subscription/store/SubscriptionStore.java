package org.civicbroker.broker.subscription.store;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;

/**
 * Storage of subscriptions, one collection per tenant. Definitions change by compare-and-set on a
 * version; delivery status changes by increments that never conflict with definition updates. Reads
 * of a tenant that does not exist find nothing and create nothing.
 */
public interface SubscriptionStore {

  /** Stores a new subscription at version 1; AlreadyExists (409) when the id is taken. */
  Uni<Void> insert(Tenant tenant, Subscription subscription);

  /** The subscription with its status and version, if stored. */
  Uni<Optional<StoredSubscription>> find(Tenant tenant, String id);

  /** The page {@code [offset, offset + limit)} of the tenant's subscriptions in id order. */
  Uni<SubscriptionPage> list(Tenant tenant, int offset, int limit, boolean count);

  /** Every subscription of the tenant, in id order. */
  Multi<StoredSubscription> scan(Tenant tenant);

  /**
   * Replaces the definition if it is still at {@code expectedVersion} (the status is kept); false
   * when it changed meanwhile or is gone.
   */
  Uni<Boolean> replace(Tenant tenant, Subscription subscription, long expectedVersion);

  /** Deletes the subscription; false when there was none. */
  Uni<Boolean> delete(Tenant tenant, String id);

  /** Adds a delivery delta to the stored status; nothing when the subscription is gone. */
  Uni<Void> record(Tenant tenant, String id, DeliveryDelta delta);

  /** Adds the deltas of several subscriptions of one tenant, in as few store writes as it can. */
  default Uni<Void> recordAll(Tenant tenant, Map<String, DeliveryDelta> deltas) {
    return Multi.createFrom()
        .iterable(deltas.entrySet())
        .onItem()
        .transformToUniAndMerge(e -> record(tenant, e.getKey(), e.getValue()))
        .collect()
        .last()
        .replaceWithVoid();
  }

  /**
   * Claims the periodic notification of a {@code timeInterval} subscription due at {@code now}:
   * true (and {@code now} recorded as the last claim) when the last claim is at least {@code
   * interval} before {@code now} or there is none; false otherwise, or when the subscription is
   * gone. One conditional update of one document, so of several brokers sharing the store, one
   * claims each interval.
   */
  Uni<Boolean> claimPeriodic(Tenant tenant, String id, Instant now, Duration interval);

  /** Whether the tenant exists (any data of it was ever stored). */
  Uni<Boolean> tenantExists(Tenant tenant);

  /** Every tenant that may have subscriptions (the default tenant included). */
  Uni<List<Tenant>> tenants();
}
