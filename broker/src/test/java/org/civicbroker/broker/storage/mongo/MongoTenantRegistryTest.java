package org.civicbroker.broker.storage.mongo;

import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.broker.storage.TenantRegistryContract;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.broker.subscription.store.mongo.MongoSubscriptionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The tenant registry contract on the MongoDB adapters' test server. The registry has tenant
 * databases of its own, as another broker sharing the server would: it learns of new tenants from
 * the server, not from the stores' memory.
 */
class MongoTenantRegistryTest implements TenantRegistryContract {
  private static TestMongo mongo;
  private static TenantRegistry registry;
  private static EntityStore entities;
  private static SubscriptionStore subscriptions;

  @BeforeAll
  static void start() {
    mongo = TestMongo.memory();
    TenantDatabases databases = mongo.databases();
    entities = new MongoEntityStore(databases);
    subscriptions = new MongoSubscriptionStore(databases);
    registry = new MongoTenantRegistry(mongo.databases());
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Override
  public TenantRegistry registry() {
    return registry;
  }

  @Override
  public EntityStore entityStore() {
    return entities;
  }

  @Override
  public SubscriptionStore subscriptionStore() {
    return subscriptions;
  }
}
