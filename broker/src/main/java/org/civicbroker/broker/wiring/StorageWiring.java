package org.civicbroker.broker.wiring;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.civicbroker.broker.config.StorageConfig;
import org.civicbroker.broker.entity.codec.MemorySymbolTable;
import org.civicbroker.broker.entity.codec.SymbolTable;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.mongo.MongoEntityBulkStore;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.entity.store.mongo.MongoPendingRecovery;
import org.civicbroker.broker.entity.store.mongo.query.MongoEntityQueryStore;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.mongo.MongoNotificationOutbox;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.broker.storage.embedded.EmbeddedStore;
import org.civicbroker.broker.storage.mongo.MongoTenantRegistry;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
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
  private EmbeddedAdapters adapters;
  private TenantDatabases databases;
  private MemorySymbolTable mongoSymbols;
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
    return mode.embedded() ? embedded().symbols() : mongoSymbols();
  }

  @Produces
  @ApplicationScoped
  TenantRegistry tenants() {
    return mode.embedded() ? embedded().tenants() : new MongoTenantRegistry(databases());
  }

  @Produces
  @ApplicationScoped
  EntityStore entityStore() {
    return mode.embedded() ? embedded().entities() : new MongoEntityStore(databases());
  }

  @Produces
  @ApplicationScoped
  EntityBulkStore entityBulkStore() {
    return mode.embedded()
        ? embedded().entities().bulk()
        : new MongoEntityBulkStore(databases(), mongoOutbox());
  }

  @Produces
  @ApplicationScoped
  EntityQueryStore entityQueryStore() {
    return mode.embedded()
        ? embedded().entities()
        : new MongoEntityQueryStore(databases(), mongo.get());
  }

  @Produces
  @ApplicationScoped
  SubscriptionStore subscriptionStore() {
    return mode.embedded() ? embedded().subscriptions() : new MongoSubscriptionStore(databases());
  }

  @Produces
  @ApplicationScoped
  NotificationOutbox outbox() {
    return mode.embedded() ? embedded().outbox() : mongoOutbox();
  }

  /** The recovery of notifications kept in MongoDB entities (MongoDB mode only). */
  synchronized MongoPendingRecovery mongoRecovery() {
    return new MongoPendingRecovery(databases(), mongoOutbox());
  }

  private synchronized EmbeddedAdapters embedded() {
    if (adapters == null) {
      EmbeddedStore store = embedded.get();
      adapters = EmbeddedAdapters.on(store.storage(), store.tenants());
    }
    return adapters;
  }

  private synchronized MemorySymbolTable mongoSymbols() {
    if (mongoSymbols == null) {
      mongoSymbols = new MemorySymbolTable();
    }
    return mongoSymbols;
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
