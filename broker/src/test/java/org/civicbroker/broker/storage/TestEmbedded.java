package org.civicbroker.broker.storage;

import java.nio.file.Path;
import org.civicbroker.broker.entity.codec.MemorySymbolTable;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.embedded.EmbeddedEntityStore;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.EmbeddedTenants;
import org.civicbroker.broker.subscription.store.embedded.EmbeddedSubscriptionStore;
import org.civicbroker.broker.wiring.EmbeddedAdapters;

/**
 * The embedded adapters on one store in a data directory, wired as {@code StorageWiring} wires them
 * (one symbol table, one outbox shared by the entity store), for tests that run without the Quarkus
 * application. {@link #reopen} closes the store and opens the same directory again.
 */
public final class TestEmbedded implements AutoCloseable {
  private final Path directory;
  private final EmbeddedStorage storage;
  private final EmbeddedTenants tenants;
  private final MemorySymbolTable symbols;
  private final EmbeddedNotificationOutbox outbox;
  private final EmbeddedEntityStore entities;
  private final EmbeddedSubscriptionStore subscriptions;

  private TestEmbedded(Path directory) {
    this.directory = directory;
    this.storage = EmbeddedStorage.open(directory, EmbeddedOptions.forTests());
    EmbeddedAdapters adapters = EmbeddedAdapters.on(storage);
    this.tenants = adapters.tenants();
    this.symbols = adapters.symbols();
    this.outbox = adapters.outbox();
    this.entities = adapters.entities();
    this.subscriptions = adapters.subscriptions();
  }

  /** The store in {@code directory}, created if it is empty. */
  public static TestEmbedded open(Path directory) {
    return new TestEmbedded(directory);
  }

  /** Closes this store and opens its directory again, with adapters restored from it. */
  public TestEmbedded reopen() {
    close();
    return open(directory);
  }

  public EmbeddedStorage storage() {
    return storage;
  }

  public EmbeddedTenants tenants() {
    return tenants;
  }

  public MemorySymbolTable symbols() {
    return symbols;
  }

  public EmbeddedNotificationOutbox outbox() {
    return outbox;
  }

  public EmbeddedEntityStore entityStore() {
    return entities;
  }

  public EntityBulkStore bulkStore() {
    return entities.bulk();
  }

  public EmbeddedSubscriptionStore subscriptionStore() {
    return subscriptions;
  }

  @Override
  public void close() {
    storage.close();
  }
}
