package org.civicbroker.broker.entity.store.embedded;

import java.nio.file.Path;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.EntityQueryStoreContract;
import org.civicbroker.broker.storage.TestEmbedded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The query store contract on the embedded store (its full-scan query path). */
class EmbeddedEntityQueryStoreTest implements EntityQueryStoreContract {
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
  public EntityQueryStore queries() {
    return embedded.entityStore();
  }

  @Override
  public EntityBulkStore bulkStore() {
    return embedded.bulkStore();
  }
}
