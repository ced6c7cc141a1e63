package org.civicbroker.broker.subscription.registry;

import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.model.id.Tenant;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Emits a {@link SubscriptionChange} on the {@code subscription-changes} channel after each
 * committed subscription write, so that other broker instances sharing the store update their
 * registries (in-memory channel by default; a shared broker such as Kafka when scaled out).
 */
@ApplicationScoped
public class SubscriptionChangePublisher {
  public static final String CHANNEL = "subscription-changes";

  private final Emitter<SubscriptionChange> emitter;

  @Inject
  public SubscriptionChangePublisher(
      @Channel(CHANNEL) @Broadcast @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<SubscriptionChange> emitter) {
    this.emitter = emitter;
  }

  /** Emits the event for a write this instance committed. */
  public void publish(Tenant tenant, String subscriptionId, SubscriptionChange.Kind kind) {
    emitter.send(
        new SubscriptionChange(
            UUID.randomUUID().toString(),
            tenant,
            subscriptionId,
            kind,
            Instant.now(),
            InstanceId.VALUE));
  }
}
