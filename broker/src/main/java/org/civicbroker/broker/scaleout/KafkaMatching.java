package org.civicbroker.broker.scaleout;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.civicbroker.broker.common.Unis;
import org.civicbroker.broker.config.EventsConfig;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.subscription.matching.SubscriptionMatcher;
import org.civicbroker.broker.subscription.registry.ActiveSubscriptions;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * With the Kafka transport, matches the entity changes of ALL broker instances, each change on
 * exactly one instance: the entity topic is consumed in one consumer group shared by the instances,
 * so each partition (a set of entities) is matched by one of them at a time. A change is
 * acknowledged, and its offset committed, only after every notification it causes is recorded in
 * the outbox; recording is retried (the partition waits meanwhile) for {@code
 * broker.events.kafka.record-retry}. Changes are matched only once the subscription registry has
 * loaded.
 */
@ApplicationScoped
public class KafkaMatching {
  private static final Logger LOG = Logger.getLogger(KafkaMatching.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  private final Function<EntityChange, List<Uni<Void>>> notifications;
  private final BooleanSupplier registryReady;
  private final Duration recordRetry;
  private final EventCodec codec = new EventCodec();
  private final Counter matched;
  private final Counter dropped;

  @Inject
  public KafkaMatching(
      SubscriptionMatcher matcher,
      ActiveSubscriptions registry,
      EventsConfig events,
      MeterRegistry meters) {
    this(matcher::notifications, registry::ready, events.kafka().recordRetry(), meters);
  }

  /**
   * @param notifications the notifications a change causes ({@link
   *     SubscriptionMatcher#notifications})
   * @param registryReady whether the subscription registry has loaded
   */
  KafkaMatching(
      Function<EntityChange, List<Uni<Void>>> notifications,
      BooleanSupplier registryReady,
      Duration recordRetry,
      MeterRegistry meters) {
    this.notifications = notifications;
    this.registryReady = registryReady;
    this.recordRetry = recordRetry;
    this.matched =
        Counter.builder("ngsild.events.kafka.matched")
            .description("Entity changes matched against subscriptions by this instance")
            .register(meters);
    this.dropped =
        Counter.builder("ngsild.events.kafka.dropped")
            .description("Entity changes or notifications given up (undecodable, not recorded)")
            .register(meters);
  }

  @Incoming(KafkaChannels.ENTITY_MATCHER)
  Uni<Void> onRecord(String value) {
    EntityChange change;
    try {
      change = codec.decodeEntityChange(value);
    } catch (RuntimeException e) {
      LOG.errorf("Skipping an undecodable entity change record: %s", e.getMessage());
      dropped.increment();
      return Uni.createFrom().voidItem();
    }
    return awaitRegistry().chain(() -> record(change));
  }

  private Uni<Void> record(EntityChange change) {
    matched.increment();
    return Unis.all(notifications.apply(change).stream().map(this::retried).toList());
  }

  private Uni<Void> retried(Uni<Void> notification) {
    return notification
        .onFailure()
        .retry()
        .withBackOff(FIRST_BACKOFF, MAX_BACKOFF)
        .expireIn(recordRetry.toMillis())
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.errorf("A notification was given up after %s of retries", recordRetry);
              dropped.increment();
              return null;
            });
  }

  /** Completes once the subscription registry is loaded (checked every 100 ms). */
  private Uni<Void> awaitRegistry() {
    if (registryReady.getAsBoolean()) {
      return Uni.createFrom().voidItem();
    }
    return Uni.createFrom()
        .voidItem()
        .onItem()
        .delayIt()
        .by(FIRST_BACKOFF)
        .chain(this::awaitRegistry);
  }
}
