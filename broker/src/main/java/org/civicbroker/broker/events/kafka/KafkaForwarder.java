package org.civicbroker.broker.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.config.EventsConfig;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChangePublisher;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * With the Kafka transport, sends every change this instance commits (the in-memory {@code
 * entity-changes} and {@code subscription-changes} channels) to its topic ({@link KafkaOutlet}),
 * keyed by entity or subscription id, so that all changes of one entity stay in order in one
 * partition. With the in-memory transport it does nothing, and the outlet is never created.
 */
@ApplicationScoped
public class KafkaForwarder {
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

  @Incoming(EntityChangePublisher.CHANNEL)
  void forward(EntityChange change) {
    if (events.usesKafka()) {
      outlet.send(change);
    }
  }

  @Incoming(SubscriptionChangePublisher.CHANNEL)
  void forward(SubscriptionChange change) {
    if (events.usesKafka()) {
      outlet.send(change);
    }
  }
}
