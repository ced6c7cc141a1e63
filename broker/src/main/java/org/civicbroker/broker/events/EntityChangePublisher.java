package org.civicbroker.broker.events;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.civicbroker.broker.common.Unis;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Emits one {@link EntityChange} per committed write on the {@code entity-changes} channel, which
 * every interested feature (index, metrics, history) consumes, and hands it to every {@link
 * ChangeRecorder}, whose records the write's acknowledgement waits for.
 */
@ApplicationScoped
public class EntityChangePublisher {
  public static final String CHANNEL = "entity-changes";

  private final Emitter<EntityChange> emitter;
  private final List<ChangeRecorder> recorders;

  @Inject
  public EntityChangePublisher(
      @Channel(CHANNEL) @Broadcast @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<EntityChange> emitter,
      Instance<ChangeRecorder> recorders) {
    this(emitter, recorders.stream().toList());
  }

  /** A publisher with the given recorders (tests outside CDI). */
  public EntityChangePublisher(Emitter<EntityChange> emitter, List<ChangeRecorder> recorders) {
    this.emitter = emitter;
    this.recorders = List.copyOf(recorders);
  }

  /**
   * Emits the event; called only after the store acknowledged the write. Completes once every
   * recorder has recorded it (never fails).
   */
  public Uni<Void> publish(EntityChange change) {
    emitter.send(change);
    return Unis.all(recorders.stream().map(r -> r.record(change)).toList());
  }
}
