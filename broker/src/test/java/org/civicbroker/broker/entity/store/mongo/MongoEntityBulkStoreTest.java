package org.civicbroker.broker.entity.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityBulkStoreContract;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.mongo.MongoNotificationOutbox;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk store contract on the embedded server (memory backend), recording notifications in the
 * MongoDB outbox, and its version index.
 */
class MongoEntityBulkStoreTest implements EntityBulkStoreContract {
  private static TestMongo mongo;
  private static MongoEntityStore store;
  private static MongoEntityBulkStore bulkStore;
  private static MongoNotificationOutbox outbox;

  @BeforeAll
  static void start() {
    mongo = TestMongo.memory();
    store = mongo.entityStore();
    outbox = new MongoNotificationOutbox(mongo.databases());
    bulkStore = new MongoEntityBulkStore(mongo.databases(), outbox);
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Override
  public EntityBulkStore bulkStore() {
    return bulkStore;
  }

  @Override
  public EntityStore store() {
    return store;
  }

  @Override
  public NotificationOutbox outbox() {
    return outbox;
  }

  @Test
  void theFirstWriteToATenantCreatesTheUniqueVersionIndex() {
    Tenant tenant = new Tenant("index-" + UUID.randomUUID().toString().substring(0, 8));
    EntityId id = EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID());

    bulkStore
        .write(tenant, List.of(new BulkWrite.Insert(EntityFixtures.load("numbers.json", id))))
        .await()
        .atMost(Duration.ofSeconds(30));

    List<Document> indexes =
        mongo
            .client()
            .getDatabase(TestMongo.DATABASE + "-" + tenant.name())
            .getCollection("entities")
            .listIndexes()
            .collect()
            .asList()
            .await()
            .atMost(Duration.ofSeconds(30));
    assertThat(indexes)
        .filteredOn(i -> "_id_1__v_1".equals(i.getString("name")))
        .singleElement()
        .satisfies(i -> assertThat(i.getBoolean("unique")).isTrue())
        .satisfies(
            i -> assertThat(i.get("key", Document.class).keySet()).containsExactly("_id", "_v"));
  }
}
