package org.civicbroker.broker.storage.legacy;

import java.util.Optional;
import org.civicbroker.model.id.Tenant;

/**
 * Database names of the legacy store to tenants, by the rule of {@code storage/TenantDatabases}:
 * the default tenant's database is {@code defaultDatabase} ({@code ngsild} unless configured
 * otherwise with {@code broker.storage.database}), tenant {@code X}'s is {@code
 * <defaultDatabase>-X}.
 *
 * @param defaultDatabase the database of the default tenant
 */
public record LegacyTenants(String defaultDatabase) {
  /** The broker's default: {@code ngsild}. */
  public static final LegacyTenants DEFAULT = new LegacyTenants("ngsild");

  /**
   * The tenant whose data a database holds; empty for a database of no tenant (another prefix, or a
   * suffix that is not a valid tenant name).
   */
  public Optional<Tenant> tenant(String database) {
    if (database.equals(defaultDatabase)) {
      return Optional.of(Tenant.DEFAULT);
    }
    String prefix = defaultDatabase + "-";
    if (!database.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Tenant(database.substring(prefix.length())));
    } catch (RuntimeException invalidName) {
      return Optional.empty();
    }
  }

  /** The database of a tenant. */
  public String database(Tenant tenant) {
    return tenant.isDefault() ? defaultDatabase : defaultDatabase + "-" + tenant.name();
  }
}
