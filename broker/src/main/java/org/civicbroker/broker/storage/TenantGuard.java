package org.civicbroker.broker.storage;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.id.Uris;

/**
 * Reads and changes of existing data in a tenant that does not exist fail with NonexistentTenant
 * (GS CIM 009 clause 4.14); creations create the tenant instead and do not ask here.
 */
@ApplicationScoped
public class TenantGuard {
  private final TenantRegistry tenants;

  @Inject
  public TenantGuard(TenantRegistry tenants) {
    this.tenants = tenants;
  }

  /** Completes when the tenant exists (the default tenant always does). */
  public Uni<Void> requireExisting(Tenant tenant) {
    return tenants
        .exists(tenant)
        .invoke(
            exists -> {
              if (!exists) {
                throw new NgsiLdException(
                    ErrorType.NONEXISTENT_TENANT,
                    "Tenant " + Uris.quote(tenant.name()) + " does not exist");
              }
            })
        .replaceWithVoid();
  }
}
