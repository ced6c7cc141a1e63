package org.civicbroker.broker.notification.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.broker.config.NotificationConfig;
import org.civicbroker.broker.notification.DeliveryListener;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.Notifier;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.delivery.Transport;
import org.civicbroker.broker.notification.delivery.Transports;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.model.id.Tenant;
import org.jboss.logging.Logger;

/**
 * The {@link Notifier}: at-least-once delivery through an outbox in the store. {@link #enqueue}
 * writes the notification to the outbox, claimed by this broker, and completes when the store
 * acknowledged it; the notification then goes to its endpoint's queue (or, if that is full, waits
 * in the outbox for the {@link OutboxPoller}). Attempts run per endpoint ({@link EndpointQueues}),
 * failures are retried with backoff ({@link RetryPolicy}) and every attempt is told to the {@link
 * DeliveryListener}. A notification leaves the outbox once delivered or finally failed; until then
 * a restarted broker, or another broker on the same store, delivers it.
 *
 * <p>Guarantee: every enqueued notification is attempted until delivered or given up, also across
 * crashes. A notification may be delivered twice, rarely: when a broker dies (or loses the store
 * for longer than its lease) after the endpoint took it but before the outbox recorded it.
 */
@ApplicationScoped
public class OutboxNotifier implements Notifier {
  private static final Logger LOG = Logger.getLogger(OutboxNotifier.class);

  private final NotificationOutbox outbox;
  private final Transport transport;
  private final Claims claims;
  private final EndpointQueues queues;
  private final OutboxPoller poller;
  private final Clock clock;

  @Inject
  OutboxNotifier(
      Vertx vertx,
      NotificationOutbox outbox,
      NotificationConfig config,
      DeliveryListener listener,
      MeterRegistry registry) {
    this(
        vertx,
        outbox,
        new Transports(vertx, config),
        listener,
        registry,
        config,
        InstanceId.VALUE,
        Clock.systemUTC());
  }

  /**
   * @param owner this broker's name on its outbox claims; unique among the brokers sharing the
   *     store
   */
  public OutboxNotifier(
      Vertx vertx,
      NotificationOutbox outbox,
      Transport transport,
      DeliveryListener listener,
      MeterRegistry registry,
      NotificationConfig config,
      String owner,
      Clock clock) {
    Duration lease = config.outbox().lease();
    if (lease.compareTo(config.timeout()) <= 0) {
      throw new IllegalArgumentException(
          "broker.notification.outbox.lease must exceed broker.notification.timeout");
    }
    this.outbox = outbox;
    this.transport = transport;
    this.clock = clock;
    this.claims = new Claims(owner, lease);
    DeliveryMetrics metrics = new DeliveryMetrics(registry);
    DeliveryAttempts attempts =
        new DeliveryAttempts(
            transport,
            outbox,
            claims,
            RetryPolicy.of(config.retry()),
            listener,
            metrics,
            config.timeout(),
            clock);
    this.queues =
        new EndpointQueues(
            config.endpoint().queueCapacity(),
            config.endpoint().concurrency(),
            attempts::attempt,
            Infrastructure.getDefaultExecutor());
    metrics.watch(queues);
    NotificationConfig.Outbox polling = config.outbox();
    this.poller =
        new OutboxPoller(
            vertx,
            outbox,
            queues,
            claims,
            polling.pollInterval(),
            lease,
            polling.batchSize(),
            clock);
  }

  void onStart(@Observes StartupEvent event) {
    start();
  }

  /** Starts delivering what the outbox holds, and keeps polling it. */
  public void start() {
    poller.start();
  }

  @Override
  public Uni<Void> enqueue(Notification notification) {
    Instant now = clock.instant();
    PendingNotification pending = PendingNotification.first(notification, now, claims.expiry(now));
    return outbox
        .add(pending, claims.owner())
        .invoke(added -> dispatch(added, pending))
        .replaceWithVoid();
  }

  @Override
  public PendingNotification prepare(Notification notification) {
    Instant now = clock.instant();
    return PendingNotification.first(notification, now, claims.expiry(now));
  }

  @Override
  public void committed(List<PendingNotification> notifications) {
    notifications.forEach(p -> dispatch(true, p));
  }

  @Override
  public Uni<Void> cancel(Tenant tenant, String subscriptionId) {
    return outbox
        .removeAll(tenant, subscriptionId)
        .invoke(
            n -> {
              if (n > 0) {
                LOG.infof("Dropped %d pending notifications of deleted %s", n, subscriptionId);
              }
            })
        .replaceWithVoid();
  }

  private void dispatch(boolean added, PendingNotification pending) {
    if (!added) {
      LOG.debugf("Notification %s is already in the outbox", pending.id());
      return;
    }
    if (claims.take(pending) && !queues.offer(pending)) {
      claims.drop(pending.id());
      outbox
          .release(List.of(pending.id()), claims.owner())
          .subscribe()
          .with(ok -> {}, e -> LOG.debugf("Release of %s failed: %s", pending.id(), e));
    }
  }

  /** The endpoint queues, for metrics and tests. */
  public EndpointQueues queues() {
    return queues;
  }

  /**
   * Stops polling and starting attempts, gives up the claims on what is still waiting (another
   * broker, or this one after a restart, takes them at once) and closes the connections; attempts
   * in flight are cut, their claims lapse after the lease.
   */
  @PreDestroy
  public void stop() {
    poller.stop();
    List<String> waiting = queues.close().stream().map(PendingNotification::id).toList();
    waiting.forEach(claims::drop);
    try {
      outbox.release(waiting, claims.owner()).await().atMost(Duration.ofSeconds(5));
    } catch (RuntimeException e) {
      LOG.debugf("Releasing %d notifications on stop failed: %s", waiting.size(), e);
    }
    transport.close();
  }
}
