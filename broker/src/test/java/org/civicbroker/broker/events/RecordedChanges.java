package org.civicbroker.broker.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Test consumer of the entity-change channel: records every event it receives. */
@ApplicationScoped
public class RecordedChanges {
  private final List<EntityChange> events = new CopyOnWriteArrayList<>();

  @Incoming(EntityChangePublisher.CHANNEL)
  void record(EntityChange change) {
    events.add(change);
  }

  /** The events recorded for one entity, in arrival order. */
  public List<EntityChange> of(String entityId) {
    return events.stream().filter(e -> e.entityId().equals(entityId)).toList();
  }
}
