package org.civicbroker.broker.storage;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.civicbroker.model.id.Tenant;

/**
 * Which tenants exist (GS CIM 009 clause 4.14): the default tenant always does; another one from
 * the first write that names it. Reads of existing data in a tenant that does not exist fail with
 * NonexistentTenant ({@link TenantGuard}); creations create the tenant.
 */
public interface TenantRegistry {

  /** Whether the tenant exists. */
  Uni<Boolean> exists(Tenant tenant);

  /** Every tenant that exists, the default tenant first, then by name. */
  Uni<List<Tenant>> tenants();
}
