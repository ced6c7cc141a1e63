package org.civicbroker.broker.entity.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the index current with writes committed by OTHER broker instances (their events arrive
 * through the shared channel); this instance's writes were applied before they were acknowledged.
 */
@ApplicationScoped
public class IndexEventConsumer {
  private final EntityIndex index;

  @Inject
  public IndexEventConsumer(EntityIndex index) {
    this.index = index;
  }

  @Incoming(EntityChangePublisher.CHANNEL)
  public void onChange(EntityChange change) {
    if (!InstanceId.VALUE.equals(change.origin())) {
      index.apply(change);
    }
  }
}
