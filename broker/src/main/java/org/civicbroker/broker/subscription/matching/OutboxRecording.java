package org.civicbroker.broker.subscription.matching;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.common.Unis;
import org.civicbroker.broker.config.EventsConfig;
import org.civicbroker.broker.events.ChangeRecorder;
import org.civicbroker.broker.events.EntityChange;

/**
 * With the in-memory transport, matches each change this instance commits and records its
 * notifications in the outbox before the write is acknowledged, so a crash after the client's 2xx
 * loses none. (With Kafka, the change is recorded in its topic instead and matched from there.) A
 * notification that cannot be recorded is logged by the matcher; the write stays acknowledged, as
 * it is committed.
 */
@ApplicationScoped
public class OutboxRecording implements ChangeRecorder {
  private final SubscriptionMatcher matcher;
  private final EventsConfig events;

  @Inject
  public OutboxRecording(SubscriptionMatcher matcher, EventsConfig events) {
    this.matcher = matcher;
    this.events = events;
  }

  @Override
  public Uni<Void> record(EntityChange change) {
    if (events.usesKafka()) {
      return Uni.createFrom().voidItem();
    }
    return Unis.all(matcher.notifications(change)).onFailure().recoverWithNull();
  }
}
