package org.civicbroker.broker.subscription.status;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.civicbroker.broker.config.SubscriptionConfig;
import org.civicbroker.broker.notification.DeliveryListener;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.DeliveryStatus;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;
import org.jboss.logging.Logger;

/**
 * Keeps the delivery status of subscriptions (GS CIM 009 clause 5.2.14: {@code timesSent}, {@code
 * timesFailed}, {@code lastNotification}, {@code lastSuccess}, {@code lastFailure}) and their
 * throttling state.
 *
 * <p>Outcomes reported by the notifier ({@link DeliveryListener}) are merged in memory per
 * subscription and written to the store every {@code broker.subscriptions.status-flush-interval} as
 * one {@code $inc}/{@code $max} update, so a burst of deliveries costs one write; reads add what is
 * still pending ({@link #withPending}). Every attempt counts as sent, a failed one also as failed.
 *
 * <p>Throttling: {@link #claim} decides atomically whether a subscription may notify now and
 * records {@code lastNotification}, which is stored like the counters and read back into memory
 * when the registry loads subscriptions ({@link #seed}), so throttling survives restarts. Several
 * broker instances each throttle with their own view, refreshed from the store.
 */
@ApplicationScoped
public class SubscriptionStatusRecorder implements DeliveryListener {
  private static final Logger LOG = Logger.getLogger(SubscriptionStatusRecorder.class);

  private final SubscriptionStore store;
  private final Map<Key, DeliveryDelta> pending = new ConcurrentHashMap<>();
  private final Map<Key, DeliveryDelta> inFlight = new ConcurrentHashMap<>();
  private final Map<Key, Instant> lastNotification = new ConcurrentHashMap<>();

  /** The notification time a throttled claim replaced, until the claim is committed or undone. */
  private final Map<Claim, Instant> previousClaims =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Claim, Instant> eldest) {
              return size() > 10_000;
            }
          });

  private Vertx vertx;
  private Duration flushInterval = Duration.ofMillis(250);
  private long timer = -1;

  private record Key(Tenant tenant, String id) {}

  private record Claim(Key key, Instant at) {}

  @Inject
  public SubscriptionStatusRecorder(
      SubscriptionStore store, Vertx vertx, SubscriptionConfig config) {
    this(store);
    this.vertx = vertx;
    this.flushInterval = config.statusFlushInterval();
  }

  /** A recorder flushed only by explicit {@link #flush} calls (tests). */
  public SubscriptionStatusRecorder(SubscriptionStore store) {
    this.store = store;
  }

  @Override
  public void delivered(Tenant tenant, String subscriptionId, Instant at) {
    Key key = new Key(tenant, subscriptionId);
    lastNotification.merge(key, at, DeliveryDelta::later);
    pending.merge(key, DeliveryDelta.delivered(at), DeliveryDelta::merge);
  }

  @Override
  public void failed(
      Tenant tenant, String subscriptionId, Instant at, String reason, boolean finalAttempt) {
    Key key = new Key(tenant, subscriptionId);
    lastNotification.merge(key, at, DeliveryDelta::later);
    pending.merge(key, DeliveryDelta.failed(at), DeliveryDelta::merge);
  }

  /**
   * Claims the right to notify for {@code subscription} at {@code now}: false while its throttling
   * period since the last notification has not elapsed; otherwise records {@code now} as its {@code
   * lastNotification} and returns true. Atomic per subscription.
   */
  public boolean claim(Tenant tenant, Subscription subscription, Instant now) {
    Key key = new Key(tenant, subscription.id());
    Duration throttling = subscription.throttling();
    boolean[] claimed = {false};
    lastNotification.compute(
        key,
        (k, last) -> {
          if (throttling != null && last != null && now.isBefore(last.plus(throttling))) {
            return last;
          }
          claimed[0] = true;
          if (last != null && throttling != null) {
            previousClaims.put(new Claim(k, now), last);
          }
          return DeliveryDelta.later(last, now);
        });
    if (claimed[0]) {
      pending.merge(key, DeliveryDelta.notified(now), DeliveryDelta::merge);
    }
    return claimed[0];
  }

  /**
   * Undoes a {@link #claim} made at {@code at} whose notification was not sent after all (its write
   * was not committed): the throttling period runs from the notification before it again, unless a
   * later claim was made meanwhile.
   */
  public void unclaim(Tenant tenant, String subscriptionId, Instant at) {
    Key key = new Key(tenant, subscriptionId);
    Instant before = previousClaims.remove(new Claim(key, at));
    lastNotification.computeIfPresent(key, (k, last) -> last.equals(at) ? before : last);
  }

  /** Records that a notification was sent at {@code at} without a throttling check. */
  public void notified(Tenant tenant, String subscriptionId, Instant at) {
    Key key = new Key(tenant, subscriptionId);
    lastNotification.merge(key, at, DeliveryDelta::later);
    pending.merge(key, DeliveryDelta.notified(at), DeliveryDelta::merge);
  }

  /** When the subscription last notified, as this instance knows it. */
  public Optional<Instant> lastNotification(Tenant tenant, String subscriptionId) {
    return Optional.ofNullable(lastNotification.get(new Key(tenant, subscriptionId)));
  }

  /** Takes the stored {@code lastNotification} into account (later times win). */
  public void seed(Tenant tenant, String subscriptionId, Instant storedLastNotification) {
    if (storedLastNotification != null) {
      lastNotification.merge(
          new Key(tenant, subscriptionId), storedLastNotification, DeliveryDelta::later);
    }
  }

  /** Drops everything held for a deleted subscription. */
  public void forget(Tenant tenant, String subscriptionId) {
    Key key = new Key(tenant, subscriptionId);
    lastNotification.remove(key);
    pending.remove(key);
  }

  /** The stored status plus what is not stored yet. */
  public DeliveryStatus withPending(Tenant tenant, String subscriptionId, DeliveryStatus stored) {
    Key key = new Key(tenant, subscriptionId);
    DeliveryStatus status = stored;
    DeliveryDelta writing = inFlight.get(key);
    if (writing != null) {
      status = status.plus(writing);
    }
    DeliveryDelta delta = pending.get(key);
    return delta == null ? status : status.plus(delta);
  }

  /**
   * Writes every pending delta to the store, one write per tenant; a failed write is kept for the
   * next flush.
   */
  public Uni<Void> flush() {
    Map<Tenant, List<Key>> byTenant =
        pending.keySet().stream().collect(Collectors.groupingBy(Key::tenant));
    return Multi.createFrom()
        .iterable(byTenant.entrySet())
        .onItem()
        .transformToUniAndMerge(e -> flush(e.getKey(), e.getValue()))
        .collect()
        .last()
        .replaceWithVoid();
  }

  /**
   * Writes the deltas of one tenant's keys. While the write is in flight the deltas stay visible to
   * {@link #withPending} (a read of the store may or may not see them yet; they are added only
   * until the write is acknowledged).
   */
  private Uni<Void> flush(Tenant tenant, List<Key> keys) {
    Map<Key, DeliveryDelta> writing = new HashMap<>();
    for (Key key : keys) {
      DeliveryDelta delta = pending.remove(key);
      if (delta != null) {
        writing.put(key, delta);
        inFlight.put(key, delta);
      }
    }
    if (writing.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    Map<String, DeliveryDelta> deltas = new HashMap<>();
    writing.forEach((key, delta) -> deltas.put(key.id(), delta));
    return store
        .recordAll(tenant, deltas)
        .eventually(() -> writing.forEach(inFlight::remove))
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warnf("Subscription status in %s not stored yet: %s", tenant, e.getMessage());
              writing.forEach((key, delta) -> pending.merge(key, delta, DeliveryDelta::merge));
              return null;
            });
  }

  void start(@Observes StartupEvent event) {
    if (vertx != null) {
      timer =
          vertx.setPeriodic(
              Math.max(1, flushInterval.toMillis()),
              id -> flush().subscribe().with(done -> {}, e -> LOG.warn("Status flush failed", e)));
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (vertx != null && timer >= 0) {
      vertx.cancelTimer(timer);
    }
    flush().await().atMost(Duration.ofSeconds(10));
  }
}
