package org.civicbroker.broker.events;

import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Emits one {@link EntityChange} per committed write on the {@code entity-changes} channel, which
 * every interested feature (metrics, subscriptions, history) consumes.
 */
@ApplicationScoped
public class EntityChangePublisher {
  public static final String CHANNEL = "entity-changes";

  private final Emitter<EntityChange> emitter;

  @Inject
  public EntityChangePublisher(
      @Channel(CHANNEL) @Broadcast @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<EntityChange> emitter) {
    this.emitter = emitter;
  }

  /** Emits the event; called only after the store acknowledged the write. */
  public void publish(EntityChange change) {
    emitter.send(change);
  }
}
