package org.civicbroker.broker.subscription.registry;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.common.InstanceId;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the registry current with subscription writes committed by OTHER broker instances; this
 * instance's writes were applied to the registry before they were acknowledged.
 */
@ApplicationScoped
public class SubscriptionChangeConsumer {
  private static final Logger LOG = Logger.getLogger(SubscriptionChangeConsumer.class);

  private final ActiveSubscriptions registry;

  @Inject
  public SubscriptionChangeConsumer(ActiveSubscriptions registry) {
    this.registry = registry;
  }

  @Incoming(SubscriptionChangePublisher.CHANNEL)
  public Uni<Void> onChange(SubscriptionChange change) {
    if (InstanceId.VALUE.equals(change.origin())) {
      return Uni.createFrom().voidItem();
    }
    return registry
        .refresh(change.tenant(), change.subscriptionId())
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warnf(
                  "Subscription %s not refreshed (the periodic reload will): %s",
                  change.subscriptionId(), e.getMessage());
              return null;
            });
  }
}
