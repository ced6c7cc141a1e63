package org.civicbroker.broker.notification.outbox.mongo;

import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.NotificationOutboxContract;
import org.civicbroker.broker.storage.TestMongo;
import org.junit.jupiter.api.AfterEach;

/** The outbox contract on the MongoDB adapters' test server, through the real driver. */
class MongoNotificationOutboxTest implements NotificationOutboxContract {
  private final TestMongo mongo = TestMongo.memory();
  private final MongoNotificationOutbox outbox = new MongoNotificationOutbox(mongo.databases());

  @AfterEach
  void close() {
    mongo.close();
  }

  @Override
  public NotificationOutbox outbox() {
    return outbox;
  }
}
