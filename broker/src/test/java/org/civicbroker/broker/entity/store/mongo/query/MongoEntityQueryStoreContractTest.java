package org.civicbroker.broker.entity.store.mongo.query;

import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.EntityQueryStoreContract;
import org.civicbroker.broker.storage.TestMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The query store contract on the MongoDB test server (queries pushed down to the store). */
class MongoEntityQueryStoreContractTest implements EntityQueryStoreContract {
  private static TestMongo mongo;

  @BeforeAll
  static void start() {
    mongo = TestMongo.memory();
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Override
  public EntityQueryStore queries() {
    return new MongoEntityQueryStore(mongo.databases(), mongo.client());
  }

  @Override
  public EntityBulkStore bulkStore() {
    return mongo.bulkStore();
  }
}
