package org.civicbroker.broker.entity.service;

import java.time.Clock;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.WriteBatcher;
import org.civicbroker.broker.entity.store.mongo.MongoEntityBulkStore;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.civicbroker.broker.storage.TenantGuard;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** An EntityService wired by hand over a store, for tests outside Quarkus. */
public final class TestEntityServices {
  private TestEntityServices() {}

  public static EntityService over(
      EntityStore store, TenantDatabases databases, Emitter<EntityChange> emitter) {
    return new EntityService(
        store,
        new WriteBatcher(new MongoEntityBulkStore(databases)),
        new EntityIndex(null),
        new EntityChangePublisher(emitter, java.util.List.of()),
        new TenantGuard(databases),
        false,
        Clock.systemUTC());
  }
}
