package org.civicbroker.broker.subscription.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Test consumer of the subscription-change channel: records every event it receives. */
@ApplicationScoped
public class RecordedSubscriptionChanges {
  private final List<SubscriptionChange> events = new CopyOnWriteArrayList<>();

  @Incoming(SubscriptionChangePublisher.CHANNEL)
  void record(SubscriptionChange change) {
    events.add(change);
  }

  /** The events recorded for one subscription, in arrival order. */
  public List<SubscriptionChange> of(String subscriptionId) {
    return events.stream().filter(e -> e.subscriptionId().equals(subscriptionId)).toList();
  }
}
