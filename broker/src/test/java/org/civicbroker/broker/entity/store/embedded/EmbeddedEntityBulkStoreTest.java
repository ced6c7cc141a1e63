package org.civicbroker.broker.entity.store.embedded;

import java.nio.file.Path;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityBulkStoreContract;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.storage.TestEmbedded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The bulk store contract on the embedded store, in a fresh data directory. */
class EmbeddedEntityBulkStoreTest implements EntityBulkStoreContract {
  @TempDir static Path directory;
  private static TestEmbedded embedded;

  @BeforeAll
  static void open() {
    embedded = TestEmbedded.open(directory);
  }

  @AfterAll
  static void close() {
    embedded.close();
  }

  @Override
  public EntityBulkStore bulkStore() {
    return embedded.bulkStore();
  }

  @Override
  public EntityStore store() {
    return embedded.entityStore();
  }

  @Override
  public NotificationOutbox outbox() {
    return embedded.outbox();
  }
}
