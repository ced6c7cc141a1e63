package org.civicbroker.broker.subscription.periodic;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.config.SubscriptionConfig;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.notification.Notifier;
import org.civicbroker.broker.subscription.matching.NotificationRenderer;
import org.civicbroker.broker.subscription.registry.ActiveSubscriptions;
import org.civicbroker.broker.subscription.registry.TenantSubscription;
import org.civicbroker.broker.subscription.status.SubscriptionStatusRecorder;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.subscription.Subscription;
import org.jboss.logging.Logger;

/**
 * Periodic notifications (GS CIM 009 clause 5.2.12 {@code timeInterval}): every tick, each active
 * periodic subscription whose interval has elapsed since its last notification (kept in its stored
 * status, so restarts keep the rhythm) is notified with the entities matching it now.
 *
 * <p>Several broker instances on one store each run this; a due notification is sent by the one
 * that claims it in the store ({@link SubscriptionStore#claimPeriodic}), so each interval notifies
 * once. An instance that loses a claim waits a whole interval before it tries again.
 */
@ApplicationScoped
public class PeriodicNotifications {
  private static final Logger LOG = Logger.getLogger(PeriodicNotifications.class);

  private final Vertx vertx;
  private final ActiveSubscriptions registry;
  private final SubscriptionStatusRecorder status;
  private final EntityIndex index;
  private final ContextService contexts;
  private final NotificationRenderer renderer;
  private final Notifier notifier;
  private final SubscriptionConfig config;
  private final SubscriptionStore store;
  private final EntityQueryStore queries;
  private final Set<Claim> claiming = ConcurrentHashMap.newKeySet();
  private long timer = -1;

  /** A claim in flight: the next tick does not claim the same subscription again meanwhile. */
  private record Claim(Tenant tenant, String id) {}

  @Inject
  public PeriodicNotifications(
      Vertx vertx,
      ActiveSubscriptions registry,
      SubscriptionStatusRecorder status,
      EntityIndex index,
      ContextService contexts,
      NotificationRenderer renderer,
      Notifier notifier,
      SubscriptionConfig config,
      SubscriptionStore store,
      EntityQueryStore queries) {
    this.vertx = vertx;
    this.registry = registry;
    this.status = status;
    this.index = index;
    this.contexts = contexts;
    this.renderer = renderer;
    this.notifier = notifier;
    this.config = config;
    this.store = store;
    this.queries = queries;
  }

  void start(@Observes StartupEvent start) {
    timer =
        vertx.setPeriodic(
            config.periodicTick().toMillis(),
            id -> tick(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
  }

  void stop(@Observes ShutdownEvent stop) {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  /** Notifies every periodic subscription that is due at {@code now}. */
  void tick(Instant now) {
    if (!index.ready() || !registry.ready()) {
      return;
    }
    for (TenantSubscription ts : registry.periodic()) {
      Subscription s = ts.subscription();
      if (s.isActiveAt(now) && isDue(ts, now) && claiming.add(new Claim(ts.tenant(), s.id()))) {
        claimAndNotify(ts, now);
      }
    }
  }

  private void claimAndNotify(TenantSubscription ts, Instant now) {
    Subscription s = ts.subscription();
    store
        .claimPeriodic(ts.tenant(), s.id(), now, s.timeInterval())
        .invoke(
            claimed -> {
              if (claimed) {
                status.notified(ts.tenant(), s.id(), now);
              } else {
                status.seed(ts.tenant(), s.id(), now);
              }
            })
        .eventually(() -> claiming.remove(new Claim(ts.tenant(), s.id())))
        .subscribe()
        .with(
            claimed -> {
              if (claimed) {
                notify(ts, now);
              }
            },
            failure -> LOG.warnf("Periodic notification of %s not claimed: %s", s.id(), failure));
  }

  private boolean isDue(TenantSubscription ts, Instant now) {
    Optional<Instant> last = status.lastNotification(ts.tenant(), ts.subscription().id());
    return last.isEmpty() || !now.isBefore(last.get().plus(ts.subscription().timeInterval()));
  }

  /** The entities to notify: from the index, or from the store when it answers queries. */
  private Uni<java.util.List<Entity>> matching(Tenant tenant, EntityQuery query) {
    int max = config.periodicMaxEntities();
    if (index.serves()) {
      return Uni.createFrom().item(index.query(tenant, query, 0, max, false).entities());
    }
    return queries.query(tenant, query, 0, max, false).map(QueryPage::entities);
  }

  private void notify(TenantSubscription ts, Instant now) {
    Subscription s = ts.subscription();
    EntityQuery query =
        new EntityQuery(
            s.entities(),
            null,
            s.q() == null ? null : s.q().query(),
            s.scopeQ() == null ? null : s.scopeQ().query(),
            s.geoQ() == null ? null : s.geoQ().query());
    matching(ts.tenant(), query)
        .chain(
            entities ->
                entities.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : contexts
                        .resolve(s.notificationContext())
                        .map(ctx -> renderer.ofEntities(s, ctx, ts.tenant(), entities, now))
                        .flatMap(notifier::enqueue))
        .subscribe()
        .with(
            done -> {},
            failure -> LOG.errorf(failure, "Periodic notification of %s failed", s.id()));
  }
}
