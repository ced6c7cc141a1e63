package org.civicbroker.broker.scaleout;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.entity.index.IndexEventConsumer;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChangeConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * With the Kafka transport, hands every change of every instance to this instance's in-memory
 * copies: the entity index ({@link IndexEventConsumer}) and the subscription registry ({@link
 * SubscriptionChangeConsumer}); both skip the changes this instance made itself, as it applied
 * those before acknowledging them. Each topic is consumed in a consumer group of this instance
 * alone, from a little before the process started ({@link ReplayFromStart}).
 */
@ApplicationScoped
public class KafkaReplicas {
  private static final Logger LOG = Logger.getLogger(KafkaReplicas.class);

  private final IndexEventConsumer index;
  private final SubscriptionChangeConsumer subscriptions;
  private final EventCodec codec = new EventCodec();

  @Inject
  public KafkaReplicas(IndexEventConsumer index, SubscriptionChangeConsumer subscriptions) {
    this.index = index;
    this.subscriptions = subscriptions;
  }

  @Incoming(KafkaChannels.ENTITY_REPLICA)
  void onEntityChange(String value) {
    try {
      index.onChange(codec.decodeEntityChange(value));
    } catch (RuntimeException e) {
      LOG.errorf("Skipping an undecodable entity change record: %s", e.getMessage());
    }
  }

  @Incoming(KafkaChannels.SUBSCRIPTION_REPLICA)
  Uni<Void> onSubscriptionChange(String value) {
    SubscriptionChange change;
    try {
      change = codec.decodeSubscriptionChange(value);
    } catch (RuntimeException e) {
      LOG.errorf("Skipping an undecodable subscription change record: %s", e.getMessage());
      return Uni.createFrom().voidItem();
    }
    return subscriptions.onChange(change);
  }
}
