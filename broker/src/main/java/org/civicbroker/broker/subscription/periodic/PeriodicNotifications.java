package org.civicbroker.broker.subscription.periodic;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.civicbroker.broker.config.SubscriptionConfig;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.notification.Notifier;
import org.civicbroker.broker.subscription.matching.NotificationRenderer;
import org.civicbroker.broker.subscription.registry.ActiveSubscriptions;
import org.civicbroker.broker.subscription.registry.TenantSubscription;
import org.civicbroker.broker.subscription.status.SubscriptionStatusRecorder;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.subscription.Subscription;
import org.jboss.logging.Logger;

/**
 * Periodic notifications (GS CIM 009 clause 5.2.12 {@code timeInterval}): every tick, each active
 * periodic subscription whose interval has elapsed since its last notification (kept in its stored
 * status, so restarts keep the rhythm) is notified with the entities matching it now.
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
  private long timer = -1;

  @Inject
  public PeriodicNotifications(
      Vertx vertx,
      ActiveSubscriptions registry,
      SubscriptionStatusRecorder status,
      EntityIndex index,
      ContextService contexts,
      NotificationRenderer renderer,
      Notifier notifier,
      SubscriptionConfig config) {
    this.vertx = vertx;
    this.registry = registry;
    this.status = status;
    this.index = index;
    this.contexts = contexts;
    this.renderer = renderer;
    this.notifier = notifier;
    this.config = config;
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
      if (s.isActiveAt(now) && isDue(ts, now)) {
        status.notified(ts.tenant(), s.id(), now);
        notify(ts, now);
      }
    }
  }

  private boolean isDue(TenantSubscription ts, Instant now) {
    Optional<Instant> last = status.lastNotification(ts.tenant(), ts.subscription().id());
    return last.isEmpty() || !now.isBefore(last.get().plus(ts.subscription().timeInterval()));
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
    java.util.List<Entity> entities =
        index.query(ts.tenant(), query, 0, config.periodicMaxEntities(), false).entities();
    if (entities.isEmpty()) {
      return;
    }
    contexts
        .resolve(s.notificationContext())
        .map(ctx -> renderer.ofEntities(s, ctx, ts.tenant(), entities, now))
        .flatMap(notifier::enqueue)
        .subscribe()
        .with(
            done -> {},
            failure -> LOG.errorf(failure, "Periodic notification of %s failed", s.id()));
  }
}
