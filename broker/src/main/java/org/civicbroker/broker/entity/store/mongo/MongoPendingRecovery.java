package org.civicbroker.broker.entity.store.mongo;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.jboss.logging.Logger;

/**
 * Finds, in every tenant's entities, notifications that writes committed but that never reached the
 * outbox (the broker stopped between commit and relay, or the relay failed), moves them there and
 * finishes interrupted deletions ({@link PendingNotifications}). Run at start and then now and
 * then; several brokers running it at once only insert the same notifications once.
 */
public final class MongoPendingRecovery {
  private static final Logger LOG = Logger.getLogger(MongoPendingRecovery.class);

  private final TenantDatabases databases;
  private final PendingNotifications pending;

  public MongoPendingRecovery(TenantDatabases databases, NotificationOutbox outbox) {
    this.databases = databases;
    this.pending = new PendingNotifications(outbox);
  }

  /** Moves what every tenant's entities still keep; yields how many notifications it moved. */
  public Uni<Long> recoverAll() {
    return databases
        .tenants()
        .onItem()
        .transformToMulti(tenants -> Multi.createFrom().iterable(tenants))
        .onItem()
        .transformToUniAndConcatenate(
            tenant ->
                databases.collection(tenant, MongoEntityStore.ENTITIES).chain(pending::recover))
        .collect()
        .with(java.util.stream.Collectors.summingLong(n -> n))
        .invoke(
            moved -> {
              if (moved > 0) {
                LOG.infof("Moved %d committed notifications from entities to the outbox", moved);
              }
            });
  }
}
