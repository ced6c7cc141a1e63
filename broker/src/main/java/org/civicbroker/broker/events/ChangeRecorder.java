package org.civicbroker.broker.events;

import io.smallrye.mutiny.Uni;

/**
 * A consumer of committed changes whose record must be durable before the write is acknowledged to
 * the client: the notification outbox (one instance), or the Kafka topic (several). Once a client
 * has its 2xx, a crash can no longer lose what follows from the change.
 */
public interface ChangeRecorder {

  /**
   * Records the change; completes once it is durable. Never fails: the write is committed either
   * way, so an implementation logs and counts what it could not record.
   */
  Uni<Void> record(EntityChange change);
}
