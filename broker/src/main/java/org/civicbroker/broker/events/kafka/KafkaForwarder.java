package org.civicbroker.broker.events.kafka;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.civicbroker.broker.config.EventsConfig;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChangePublisher;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * With the Kafka transport, sends every change this instance commits (the in-memory {@code
 * entity-changes} and {@code subscription-changes} channels) to its topic, keyed by entity or
 * subscription id, so that all changes of one entity stay in order in one partition. With the
 * in-memory transport it does nothing (its Kafka channels do not exist then).
 */
@ApplicationScoped
public class KafkaForwarder {
  private static final Logger LOG = Logger.getLogger(KafkaForwarder.class);

  private final EventsConfig events;
  private final EventCodec codec = new EventCodec();
  private final Emitter<String> entityOut;
  private final Emitter<String> subscriptionOut;

  @Inject
  public KafkaForwarder(
      EventsConfig events,
      @Channel(KafkaChannels.ENTITY_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<String> entityOut,
      @Channel(KafkaChannels.SUBSCRIPTION_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<String> subscriptionOut) {
    this.events = events;
    this.entityOut = entityOut;
    this.subscriptionOut = subscriptionOut;
  }

  @Incoming(EntityChangePublisher.CHANNEL)
  void forward(EntityChange change) {
    if (events.usesKafka()) {
      entityOut.send(record(change.entityId(), codec.encode(change), change.eventId()));
    }
  }

  @Incoming(SubscriptionChangePublisher.CHANNEL)
  void forward(SubscriptionChange change) {
    if (events.usesKafka()) {
      subscriptionOut.send(record(change.subscriptionId(), codec.encode(change), change.eventId()));
    }
  }

  private static Message<String> record(String key, String value, String eventId) {
    return Message.of(value)
        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
        .withNack(
            failure -> {
              LOG.errorf(
                  failure, "Change event %s of %s not sent to Kafka; it is lost", eventId, key);
              return CompletableFuture.completedFuture(null);
            });
  }
}
