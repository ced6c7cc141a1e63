package org.civicbroker.broker.storage.embedded;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.civicbroker.broker.config.StorageConfig;

/**
 * The application's embedded store, opened on first use (only when no MongoDB is configured, since
 * nothing else asks for it) and closed when the application stops, after the writer has committed
 * what was queued. Before it opens, each {@link DataDirectoryUpgrade} may bring the data directory
 * up to date (the legacy store's migration).
 */
@ApplicationScoped
public class EmbeddedStore {
  private static final int MAX_GROUP = 1024;

  private final StorageConfig config;
  private final Instance<DataDirectoryUpgrade> upgrades;
  private EmbeddedStorage storage;
  private EmbeddedTenants tenants;

  @Inject
  EmbeddedStore(StorageConfig config, Instance<DataDirectoryUpgrade> upgrades) {
    this.config = config;
    this.upgrades = upgrades;
  }

  /** The open store. */
  public synchronized EmbeddedStorage storage() {
    if (storage == null) {
      EmbeddedOptions options =
          new EmbeddedOptions(
              config.fsync(), (long) config.cacheMb() << 20, config.writeQueue(), MAX_GROUP);
      Path dataDirectory = Path.of(config.path());
      upgrades.forEach(upgrade -> upgrade.upgrade(dataDirectory, options));
      storage = EmbeddedStorage.open(dataDirectory, options);
      tenants = new EmbeddedTenants(storage);
    }
    return storage;
  }

  /** The tenants of the open store. */
  public synchronized EmbeddedTenants tenants() {
    storage();
    return tenants;
  }

  @PreDestroy
  synchronized void close() {
    if (storage != null) {
      storage.close();
      storage = null;
    }
  }
}
