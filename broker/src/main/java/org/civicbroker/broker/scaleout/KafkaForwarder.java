package org.civicbroker.broker.scaleout;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.config.EventsConfig;
import org.civicbroker.broker.events.ChangeRecorder;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChangePublisher;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * With the Kafka transport, sends every change this instance commits (entity changes as a {@link
 * ChangeRecorder}, before the write is acknowledged; the {@code subscription-changes} channel) to
 * its topic ({@link KafkaOutlet}), keyed by entity or subscription id, so that all changes of one
 * entity stay in order in one partition. With the in-memory transport it does nothing, and the
 * outlet is never created.
 */
@ApplicationScoped
public class KafkaForwarder implements ChangeRecorder {
  private final EventsConfig events;
  private final KafkaOutlet outlet;

  /**
   * @param outlet a client proxy: the outlet itself is created on first use
   */
  @Inject
  public KafkaForwarder(EventsConfig events, KafkaOutlet outlet) {
    this.events = events;
    this.outlet = outlet;
  }

  /** Entity changes: the write's acknowledgement waits for Kafka's. */
  @Override
  public Uni<Void> record(EntityChange change) {
    return events.usesKafka() ? outlet.send(change) : Uni.createFrom().voidItem();
  }

  @Incoming(SubscriptionChangePublisher.CHANNEL)
  void forward(SubscriptionChange change) {
    if (events.usesKafka()) {
      outlet.send(change);
    }
  }
}
