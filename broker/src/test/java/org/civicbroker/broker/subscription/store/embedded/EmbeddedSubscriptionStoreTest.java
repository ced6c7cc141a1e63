package org.civicbroker.broker.subscription.store.embedded;

import java.nio.file.Path;
import org.civicbroker.broker.storage.TestEmbedded;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.broker.subscription.store.SubscriptionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded store, in a fresh data directory. */
class EmbeddedSubscriptionStoreTest implements SubscriptionStoreContract {
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
  public SubscriptionStore store() {
    return embedded.subscriptionStore();
  }
}
