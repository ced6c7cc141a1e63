package org.civicbroker.broker.subscription.store.embedded;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbroker.broker.storage.embedded.Column;
import org.civicbroker.broker.storage.embedded.Cursor;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.EmbeddedTenants;
import org.civicbroker.broker.storage.embedded.Keys;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.DeliveryStatus;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.SubscriptionPage;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.subscription.Subscription;

/**
 * {@link SubscriptionStore} on the embedded store: one record per subscription in {@link
 * Column#SUBSCRIPTIONS}, keyed by tenant and id ({@link SubscriptionRecords}). Definition changes
 * are compare-and-set on the version inside the writer; status deltas and periodic claims change
 * the record's header and are not forced to disk (a crash loses at most the last counts, never a
 * definition).
 */
public final class EmbeddedSubscriptionStore implements SubscriptionStore {
  private final EmbeddedStorage storage;
  private final EmbeddedTenants tenants;
  private final SubscriptionRecords records = new SubscriptionRecords();

  public EmbeddedSubscriptionStore(EmbeddedStorage storage, EmbeddedTenants tenants) {
    this.storage = storage;
    this.tenants = tenants;
  }

  @Override
  public Uni<Void> insert(Tenant tenant, Subscription subscription) {
    byte[] key = Keys.tenantKey(tenant, subscription.id());
    byte[] record = records.encode(subscription, 1, null);
    return storage.write(
        c -> {
          if (c.get(Column.SUBSCRIPTIONS, key) != null) {
            throw new NgsiLdException(
                ErrorType.ALREADY_EXISTS,
                "A subscription with id " + Uris.quote(subscription.id()) + " already exists");
          }
          tenants.stage(c, tenant);
          c.put(Column.SUBSCRIPTIONS, key, record);
          return null;
        },
        true);
  }

  /**
   * Stores subscriptions as another store held them: definition, version and delivery status (the
   * periodic claim starts afresh), in one task of the writer (the migration of a legacy store). A
   * subscription whose id is already stored is left as it is; yields how many were stored.
   */
  public Uni<Integer> restore(Tenant tenant, List<StoredSubscription> subscriptions) {
    List<byte[]> encoded = new ArrayList<>(subscriptions.size());
    for (StoredSubscription s : subscriptions) {
      DeliveryStatus st = s.status();
      DeliveryDelta status =
          new DeliveryDelta(
              st.timesSent(),
              st.timesFailed(),
              st.lastNotification(),
              st.lastSuccess(),
              st.lastFailure());
      encoded.add(records.withDelta(records.encode(s.subscription(), s.version(), null), status));
    }
    return storage.write(
        c -> {
          tenants.stage(c, tenant);
          int stored = 0;
          for (int i = 0; i < subscriptions.size(); i++) {
            byte[] key = Keys.tenantKey(tenant, subscriptions.get(i).subscription().id());
            if (c.get(Column.SUBSCRIPTIONS, key) == null) {
              c.put(Column.SUBSCRIPTIONS, key, encoded.get(i));
              stored++;
            }
          }
          return stored;
        },
        true);
  }

  @Override
  public Uni<Optional<StoredSubscription>> find(Tenant tenant, String id) {
    return Uni.createFrom()
        .item(
            () ->
                Optional.ofNullable(storage.get(Column.SUBSCRIPTIONS, Keys.tenantKey(tenant, id)))
                    .map(r -> records.decode(id, r)));
  }

  @Override
  public Uni<SubscriptionPage> list(Tenant tenant, int offset, int limit, boolean count) {
    return Uni.createFrom().item(() -> page(tenant, offset, limit, count));
  }

  private SubscriptionPage page(Tenant tenant, int offset, int limit, boolean count) {
    List<StoredSubscription> items = new ArrayList<>();
    long seen = 0;
    try (Cursor cursor = storage.scan(Column.SUBSCRIPTIONS, Keys.tenantPrefix(tenant))) {
      while (cursor.hasNext()) {
        Cursor.Entry e = cursor.next();
        if (seen >= offset && items.size() < limit) {
          items.add(records.decode(Keys.idOf(e.key()), e.value()));
        }
        seen++;
        if (!count && items.size() >= limit) {
          break;
        }
      }
    }
    return new SubscriptionPage(items, count ? seen : SubscriptionPage.NOT_COUNTED);
  }

  @Override
  public Multi<StoredSubscription> scan(Tenant tenant) {
    return storage.stream(
        Column.SUBSCRIPTIONS,
        Keys.tenantPrefix(tenant),
        e -> records.decode(Keys.idOf(e.key()), e.value()));
  }

  @Override
  public Uni<Boolean> replace(Tenant tenant, Subscription subscription, long expectedVersion) {
    byte[] key = Keys.tenantKey(tenant, subscription.id());
    return storage.write(
        c -> {
          byte[] current = c.get(Column.SUBSCRIPTIONS, key);
          if (current == null || records.version(current) != expectedVersion) {
            return false;
          }
          c.put(
              Column.SUBSCRIPTIONS,
              key,
              records.encode(subscription, expectedVersion + 1, current));
          return true;
        },
        true);
  }

  @Override
  public Uni<Boolean> delete(Tenant tenant, String id) {
    byte[] key = Keys.tenantKey(tenant, id);
    return storage.write(
        c -> {
          if (c.get(Column.SUBSCRIPTIONS, key) == null) {
            return false;
          }
          c.delete(Column.SUBSCRIPTIONS, key);
          return true;
        },
        true);
  }

  @Override
  public Uni<Void> record(Tenant tenant, String id, DeliveryDelta delta) {
    return recordAll(tenant, Map.of(id, delta));
  }

  @Override
  public Uni<Void> recordAll(Tenant tenant, Map<String, DeliveryDelta> deltas) {
    if (deltas.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return storage.write(
        c -> {
          deltas.forEach(
              (id, delta) -> {
                byte[] key = Keys.tenantKey(tenant, id);
                byte[] current = c.get(Column.SUBSCRIPTIONS, key);
                if (current != null) {
                  c.put(Column.SUBSCRIPTIONS, key, records.withDelta(current, delta));
                }
              });
          return null;
        },
        false);
  }

  @Override
  public Uni<Boolean> claimPeriodic(Tenant tenant, String id, Instant now, Duration interval) {
    byte[] key = Keys.tenantKey(tenant, id);
    return storage.write(
        c -> {
          byte[] current = c.get(Column.SUBSCRIPTIONS, key);
          byte[] claimed = current == null ? null : records.claimed(current, now, interval);
          if (claimed == null) {
            return false;
          }
          c.put(Column.SUBSCRIPTIONS, key, claimed);
          return true;
        },
        false);
  }

  @Override
  public Uni<Boolean> tenantExists(Tenant tenant) {
    return tenants.exists(tenant);
  }

  @Override
  public Uni<List<Tenant>> tenants() {
    return tenants.tenants();
  }
}
