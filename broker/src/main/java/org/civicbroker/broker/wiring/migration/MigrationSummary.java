package org.civicbroker.broker.wiring.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a migration copied, written as JSON to {@code legacy-h2/MIGRATED} and logged.
 *
 * @param legacyFile the legacy store file the data came from
 * @param startedAt when the copy started (ISO 8601)
 * @param copyMillis how long the copy took
 * @param tenants the counts of each tenant
 * @param notMigrated databases and collections of the legacy store that held no data of the broker
 */
record MigrationSummary(
    String legacyFile,
    String startedAt,
    long copyMillis,
    List<TenantCounts> tenants,
    List<String> notMigrated) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What was copied of one tenant.
   *
   * @param tenant the tenant's name, null for the default tenant
   * @param database its database in the legacy store
   */
  record TenantCounts(
      String tenant, String database, long entities, long subscriptions, long notifications) {
    String describe() {
      return (tenant == null ? "default tenant" : "tenant " + tenant)
          + " (database "
          + database
          + "): "
          + entities
          + " entities, "
          + subscriptions
          + " subscriptions, "
          + notifications
          + " pending notifications";
    }
  }

  long entities() {
    return tenants.stream().mapToLong(TenantCounts::entities).sum();
  }

  long subscriptions() {
    return tenants.stream().mapToLong(TenantCounts::subscriptions).sum();
  }

  long notifications() {
    return tenants.stream().mapToLong(TenantCounts::notifications).sum();
  }

  /** One line per tenant, and what was not migrated. */
  String describe() {
    String counts = tenants.stream().map(TenantCounts::describe).collect(Collectors.joining("; "));
    return notMigrated.isEmpty()
        ? counts
        : counts + ". Not migrated (no broker data): " + String.join(", ", notMigrated);
  }

  void write(Path file) {
    try {
      MigrationPaths.writeAtomically(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MigrationSummary read(Path file) {
    try {
      return JSON.readValue(file.toFile(), MigrationSummary.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the migration summary " + file, e);
    }
  }
}
