package org.civicbroker.broker.wiring.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.civicbroker.broker.config.StorageConfig;
import org.civicbroker.broker.storage.embedded.DataDirectoryUpgrade;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.legacy.LegacyTenants;

/**
 * Migrates the store of the broker's former embedded engine when the embedded store is first opened
 * ({@link LegacyMigration}); its databases are mapped to tenants by the configured default database
 * ({@code broker.storage.database}), as the former broker named them.
 */
@ApplicationScoped
public class LegacyStoreUpgrade implements DataDirectoryUpgrade {
  private final StorageConfig config;

  @Inject
  LegacyStoreUpgrade(StorageConfig config) {
    this.config = config;
  }

  @Override
  public void upgrade(Path dataDirectory, EmbeddedOptions options) {
    new LegacyMigration(dataDirectory, options, new LegacyTenants(config.database())).runIfNeeded();
  }
}
