package org.civicbroker.broker.subscription.store;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;

/** A store that forwards to another; tests override single operations to observe or disturb. */
public class ForwardingSubscriptionStore implements SubscriptionStore {
  private final SubscriptionStore delegate;

  public ForwardingSubscriptionStore(SubscriptionStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public Uni<Void> insert(Tenant tenant, Subscription subscription) {
    return delegate.insert(tenant, subscription);
  }

  @Override
  public Uni<Optional<StoredSubscription>> find(Tenant tenant, String id) {
    return delegate.find(tenant, id);
  }

  @Override
  public Uni<SubscriptionPage> list(Tenant tenant, int offset, int limit, boolean count) {
    return delegate.list(tenant, offset, limit, count);
  }

  @Override
  public Multi<StoredSubscription> scan(Tenant tenant) {
    return delegate.scan(tenant);
  }

  @Override
  public Uni<Boolean> replace(Tenant tenant, Subscription subscription, long expectedVersion) {
    return delegate.replace(tenant, subscription, expectedVersion);
  }

  @Override
  public Uni<Boolean> delete(Tenant tenant, String id) {
    return delegate.delete(tenant, id);
  }

  @Override
  public Uni<Void> record(Tenant tenant, String id, DeliveryDelta delta) {
    return delegate.record(tenant, id, delta);
  }

  @Override
  public Uni<Boolean> claimPeriodic(Tenant tenant, String id, Instant now, Duration interval) {
    return delegate.claimPeriodic(tenant, id, now, interval);
  }

  @Override
  public Uni<Boolean> tenantExists(Tenant tenant) {
    return delegate.tenantExists(tenant);
  }

  @Override
  public Uni<List<Tenant>> tenants() {
    return delegate.tenants();
  }
}
