package org.civicbroker.broker.entity.store.embedded;

import java.nio.file.Path;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.EntityStoreContract;
import org.civicbroker.broker.storage.TestEmbedded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded store, in a fresh data directory. */
class EmbeddedEntityStoreTest implements EntityStoreContract {
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
  public EntityStore store() {
    return embedded.entityStore();
  }
}
