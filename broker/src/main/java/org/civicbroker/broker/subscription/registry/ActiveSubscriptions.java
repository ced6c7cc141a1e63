package org.civicbroker.broker.subscription.registry;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.civicbroker.broker.config.SubscriptionConfig;
import org.civicbroker.broker.subscription.status.SubscriptionStatusRecorder;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;
import org.jboss.logging.Logger;

/**
 * The in-memory registry of all subscriptions, per tenant, that the matcher consults on every
 * entity change. Loaded from the store at start; updated synchronously by this instance's
 * subscription writes ({@link #put}, {@link #remove}); updated from the store on other instances'
 * change events ({@link #refresh}); and reloaded from the store every {@code
 * broker.subscriptions.refresh-interval} as a safety net. A reload never undoes a local write that
 * happened after the reload started.
 *
 * <p>It holds every subscription, paused and expired ones included: the matcher skips those with
 * {@link Subscription#isActiveAt}.
 */
@ApplicationScoped
public class ActiveSubscriptions {
  private static final Logger LOG = Logger.getLogger(ActiveSubscriptions.class);

  private final SubscriptionStore store;
  private final SubscriptionStatusRecorder status;
  private final Map<Tenant, TenantSubscriptions> tenants = new ConcurrentHashMap<>();
  private final Map<Key, Long> localChanges = new ConcurrentHashMap<>();
  private final AtomicLong clock = new AtomicLong();
  private final AtomicBoolean ready = new AtomicBoolean();
  private Vertx vertx;
  private Duration refreshInterval;
  private long timer = -1;

  private record Key(Tenant tenant, String id) {}

  @Inject
  public ActiveSubscriptions(
      SubscriptionStore store,
      SubscriptionStatusRecorder status,
      Vertx vertx,
      SubscriptionConfig config) {
    this(store, status);
    this.vertx = vertx;
    this.refreshInterval = config.refreshInterval();
  }

  /** A registry without the periodic reload (tests). */
  public ActiveSubscriptions(SubscriptionStore store, SubscriptionStatusRecorder status) {
    this.store = store;
    this.status = status;
  }

  /**
   * A superset of the subscriptions of {@code tenant} that may be interested in a change of an
   * entity: those selecting its id, one of its types, or (without entities) watching one of {@code
   * attributes}. The caller does the exact matching (selectors, watched attributes, triggers, q,
   * geoQ, scopeQ, state).
   *
   * @param types the entity's expanded types
   * @param attributes expanded names of the attributes the change concerns (for a creation or a
   *     deletion, all of the entity's attributes)
   */
  public List<Subscription> candidates(
      Tenant tenant, String entityId, Collection<String> types, Collection<String> attributes) {
    TenantSubscriptions index = tenants.get(tenant);
    return index == null ? List.of() : index.candidates(entityId, types, attributes);
  }

  /** Every periodic ({@code timeInterval}) subscription of every tenant. */
  public List<TenantSubscription> periodic() {
    List<TenantSubscription> all = new ArrayList<>();
    tenants.forEach(
        (tenant, index) ->
            index.periodic().forEach(s -> all.add(new TenantSubscription(tenant, s))));
    return all;
  }

  public Optional<Subscription> get(Tenant tenant, String id) {
    TenantSubscriptions index = tenants.get(tenant);
    return index == null ? Optional.empty() : index.get(id);
  }

  /** Every subscription of the tenant. */
  public Collection<Subscription> all(Tenant tenant) {
    TenantSubscriptions index = tenants.get(tenant);
    return index == null ? List.of() : index.all();
  }

  /** How many subscriptions are held, in all tenants. */
  public int size() {
    return tenants.values().stream().mapToInt(TenantSubscriptions::size).sum();
  }

  /** Whether the start-up load has finished. */
  public boolean ready() {
    return ready.get();
  }

  /** Adds or replaces a subscription this instance wrote. */
  public void put(Tenant tenant, Subscription subscription) {
    stamp(tenant, subscription.id());
    index(tenant).put(subscription);
  }

  /** Removes a subscription this instance deleted. */
  public void remove(Tenant tenant, String id) {
    stamp(tenant, id);
    index(tenant).remove(id);
  }

  /** Re-reads one subscription from the store (another instance changed it). */
  public Uni<Void> refresh(Tenant tenant, String id) {
    long started = clock.get();
    return store
        .find(tenant, id)
        .invoke(
            found -> {
              if (changedLocallySince(tenant, id, started)) {
                return;
              }
              found.ifPresentOrElse(s -> apply(tenant, s), () -> index(tenant).remove(id));
            })
        .replaceWithVoid();
  }

  /** Reloads every tenant's subscriptions from the store. */
  public Uni<Void> reload() {
    long started = clock.get();
    return store
        .tenants()
        .onItem()
        .transformToMulti(list -> Multi.createFrom().iterable(list))
        .onItem()
        .transformToUniAndConcatenate(tenant -> reload(tenant, started))
        .collect()
        .last()
        .invoke(() -> localChanges.values().removeIf(stamp -> stamp <= started))
        .replaceWithVoid();
  }

  private Uni<Void> reload(Tenant tenant, long started) {
    return store
        .scan(tenant)
        .collect()
        .asList()
        .invoke(
            stored -> {
              Set<String> seen = new HashSet<>();
              for (StoredSubscription s : stored) {
                seen.add(s.subscription().id());
                if (!changedLocallySince(tenant, s.subscription().id(), started)) {
                  apply(tenant, s);
                }
              }
              TenantSubscriptions index = tenants.get(tenant);
              if (index != null) {
                for (String id : index.ids()) {
                  if (!seen.contains(id) && !changedLocallySince(tenant, id, started)) {
                    index.remove(id);
                  }
                }
              }
            })
        .replaceWithVoid();
  }

  private void apply(Tenant tenant, StoredSubscription stored) {
    index(tenant).put(stored.subscription());
    status.seed(tenant, stored.subscription().id(), stored.status().lastNotification());
  }

  private boolean changedLocallySince(Tenant tenant, String id, long started) {
    Long stamp = localChanges.get(new Key(tenant, id));
    return stamp != null && stamp > started;
  }

  private void stamp(Tenant tenant, String id) {
    localChanges.put(new Key(tenant, id), clock.incrementAndGet());
  }

  private TenantSubscriptions index(Tenant tenant) {
    return tenants.computeIfAbsent(tenant, t -> new TenantSubscriptions());
  }

  void start(@Observes StartupEvent event) {
    reload()
        .subscribe()
        .with(
            done -> {
              ready.set(true);
              LOG.infof("Subscription registry ready: %d subscriptions", size());
              schedule();
            },
            e -> {
              LOG.error("Subscription registry load failed; retrying at the next refresh", e);
              schedule();
            });
  }

  private void schedule() {
    if (vertx == null || refreshInterval == null || refreshInterval.isZero()) {
      return;
    }
    timer =
        vertx.setPeriodic(
            refreshInterval.toMillis(),
            id ->
                reload()
                    .subscribe()
                    .with(
                        done -> ready.set(true),
                        e -> LOG.warn("Subscription registry refresh failed", e)));
  }

  void stop(@Observes ShutdownEvent event) {
    if (vertx != null && timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }
}
