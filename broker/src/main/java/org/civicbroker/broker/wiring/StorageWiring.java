package org.civicbroker.broker.wiring;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.civicbroker.broker.config.StorageConfig;
import org.civicbroker.broker.entity.codec.EntityCodec;
import org.civicbroker.broker.entity.codec.MemorySymbolTable;
import org.civicbroker.broker.entity.codec.SymbolTable;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.embedded.EmbeddedEntityStore;
import org.civicbroker.broker.entity.store.embedded.EmbeddedSymbols;
import org.civicbroker.broker.entity.store.mongo.MongoEntityBulkStore;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.entity.store.mongo.MongoPendingRecovery;
import org.civicbroker.broker.entity.store.mongo.query.MongoEntityQueryStore;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.notification.outbox.mongo.MongoNotificationOutbox;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.broker.storage.embedded.EmbeddedStore;
import org.civicbroker.broker.storage.mongo.MongoTenantRegistry;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.broker.subscription.store.embedded.EmbeddedSubscriptionStore;
import org.civicbroker.broker.subscription.store.mongo.MongoSubscriptionStore;

/**
 * The one place that picks the storage adapters: every store interface is produced here, from the
 * embedded store or from MongoDB ({@link StorageMode}). Adapters are plain classes; nothing else
 * names them, and in embedded mode no MongoDB client is ever created.
 */
@ApplicationScoped
public class StorageWiring {
  private final StorageMode mode;
  private final Instance<EmbeddedStore> embedded;
  private final Instance<ReactiveMongoClient> mongo;
  private final StorageConfig config;
  private TenantDatabases databases;
  private SymbolTable symbols;
  private EmbeddedNotificationOutbox embeddedOutbox;
  private EmbeddedEntityStore embeddedEntities;
  private MongoNotificationOutbox mongoOutbox;

  @Inject
  StorageWiring(
      StorageMode mode,
      Instance<EmbeddedStore> embedded,
      Instance<ReactiveMongoClient> mongo,
      StorageConfig config) {
    this.mode = mode;
    this.embedded = embedded;
    this.mongo = mongo;
    this.config = config;
  }

  @Produces
  @ApplicationScoped
  SymbolTable symbols() {
    return symbolTable();
  }

  @Produces
  @ApplicationScoped
  TenantRegistry tenants() {
    return mode.embedded() ? embedded.get().tenants() : new MongoTenantRegistry(databases());
  }

  @Produces
  @ApplicationScoped
  EntityStore entityStore() {
    return mode.embedded() ? embeddedEntities() : new MongoEntityStore(databases());
  }

  @Produces
  @ApplicationScoped
  EntityBulkStore entityBulkStore() {
    return mode.embedded()
        ? embeddedEntities().bulk()
        : new MongoEntityBulkStore(databases(), mongoOutbox());
  }

  @Produces
  @ApplicationScoped
  EntityQueryStore entityQueryStore() {
    return mode.embedded()
        ? embeddedEntities()
        : new MongoEntityQueryStore(databases(), mongo.get());
  }

  @Produces
  @ApplicationScoped
  SubscriptionStore subscriptionStore() {
    return mode.embedded()
        ? new EmbeddedSubscriptionStore(embedded.get().storage(), embedded.get().tenants())
        : new MongoSubscriptionStore(databases());
  }

  @Produces
  @ApplicationScoped
  NotificationOutbox outbox() {
    return mode.embedded() ? embeddedOutbox() : mongoOutbox();
  }

  private synchronized SymbolTable symbolTable() {
    if (symbols == null) {
      symbols =
          mode.embedded()
              ? EmbeddedSymbols.load(embedded.get().storage())
              : new MemorySymbolTable();
    }
    return symbols;
  }

  private synchronized EmbeddedNotificationOutbox embeddedOutbox() {
    if (embeddedOutbox == null) {
      embeddedOutbox = new EmbeddedNotificationOutbox(embedded.get().storage());
    }
    return embeddedOutbox;
  }

  private synchronized EmbeddedEntityStore embeddedEntities() {
    if (embeddedEntities == null) {
      EmbeddedStore store = embedded.get();
      embeddedEntities =
          new EmbeddedEntityStore(
              store.storage(), store.tenants(), new EntityCodec(symbolTable()), embeddedOutbox());
    }
    return embeddedEntities;
  }

  /** The recovery of notifications kept in MongoDB entities (MongoDB mode only). */
  synchronized MongoPendingRecovery mongoRecovery() {
    return new MongoPendingRecovery(databases(), mongoOutbox());
  }

  private synchronized MongoNotificationOutbox mongoOutbox() {
    if (mongoOutbox == null) {
      mongoOutbox = new MongoNotificationOutbox(databases());
    }
    return mongoOutbox;
  }

  private synchronized TenantDatabases databases() {
    if (databases == null) {
      databases = new TenantDatabases(mongo.get(), config.database());
    }
    return databases;
  }
}
