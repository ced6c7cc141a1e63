package org.civicbroker.broker.storage.mongo;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.model.id.Tenant;

/** Tenants on MongoDB: one database each ({@link TenantDatabases}). */
public final class MongoTenantRegistry implements TenantRegistry {
  private final TenantDatabases databases;

  public MongoTenantRegistry(TenantDatabases databases) {
    this.databases = databases;
  }

  @Override
  public Uni<Boolean> exists(Tenant tenant) {
    return databases.exists(tenant);
  }

  @Override
  public Uni<List<Tenant>> tenants() {
    return databases.tenants();
  }
}
