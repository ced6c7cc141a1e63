package org.civicbroker.broker.storage.embedded;

import java.nio.file.Path;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.broker.storage.TenantRegistryContract;
import org.civicbroker.broker.storage.TestEmbedded;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The tenant registry contract on the embedded store, with its entity and subscription stores. */
class EmbeddedTenantsTest implements TenantRegistryContract {
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
  public TenantRegistry registry() {
    return embedded.tenants();
  }

  @Override
  public EntityStore entityStore() {
    return embedded.entityStore();
  }

  @Override
  public SubscriptionStore subscriptionStore() {
    return embedded.subscriptionStore();
  }
}
