package org.civicbroker.broker.scaleout;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * The emitters of the outgoing Kafka channels. Only ever created with the Kafka transport (its
 * users call it then only): with the in-memory transport those channels are disabled, and creating
 * an emitter for a disabled channel fails.
 */
@ApplicationScoped
public class KafkaOutlet {
  private static final Logger LOG = Logger.getLogger(KafkaOutlet.class);

  private final EventCodec codec = new EventCodec();
  private final Emitter<String> entityOut;
  private final Emitter<String> subscriptionOut;

  @Inject
  public KafkaOutlet(
      @Channel(KafkaChannels.ENTITY_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<String> entityOut,
      @Channel(KafkaChannels.SUBSCRIPTION_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<String> subscriptionOut) {
    this.entityOut = entityOut;
    this.subscriptionOut = subscriptionOut;
  }

  /**
   * Sends an entity change, keyed by entity id; completes when Kafka has acknowledged it (or, after
   * the producer gave up, once the loss is logged).
   */
  public Uni<Void> send(EntityChange change) {
    CompletableFuture<Void> sent = new CompletableFuture<>();
    entityOut.send(
        record(change.entityId(), codec.encode(change), change.eventId())
            .withAck(
                () -> {
                  sent.complete(null);
                  return CompletableFuture.completedFuture(null);
                })
            .withNack(
                failure -> {
                  lost(failure, change.eventId(), change.entityId());
                  sent.complete(null);
                  return CompletableFuture.completedFuture(null);
                }));
    return Uni.createFrom().completionStage(sent);
  }

  /** Sends a subscription change, keyed by subscription id. */
  public void send(SubscriptionChange change) {
    subscriptionOut.send(record(change.subscriptionId(), codec.encode(change), change.eventId()));
  }

  private static Message<String> record(String key, String value, String eventId) {
    return Message.of(value)
        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
        .withNack(
            failure -> {
              lost(failure, eventId, key);
              return CompletableFuture.completedFuture(null);
            });
  }

  private static void lost(Throwable failure, String eventId, String key) {
    LOG.errorf(failure, "Change event %s of %s not sent to Kafka; it is lost", eventId, key);
  }
}
