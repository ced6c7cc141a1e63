package org.civicbroker.broker.wiring;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.broker.storage.embedded.EmbeddedStore;
import org.civicbroker.model.id.Tenant;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the store: embedded, the store is open and its writer keeps up; MongoDB, the default
 * tenant's database answers within 3 s. Never reports a connection string (it may hold credentials)
 * or a path outside the data directory setting.
 */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements AsyncHealthCheck {
  static final String NAME = "entity-store";
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final StorageMode mode;
  private final Instance<EmbeddedStore> embedded;
  private final TenantRegistry tenants;

  @Inject
  StorageReadinessCheck(
      StorageMode mode, Instance<EmbeddedStore> embedded, TenantRegistry tenants) {
    this.mode = mode;
    this.embedded = embedded;
    this.tenants = tenants;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    if (mode.embedded()) {
      return Uni.createFrom().item(this::embedded);
    }
    return tenants
        .exists(Tenant.DEFAULT)
        .chain(ok -> tenants.tenants())
        .ifNoItem()
        .after(TIMEOUT)
        .fail()
        .map(ok -> named().withData("mode", "mongodb").up().build())
        .onFailure()
        .recoverWithItem(
            e ->
                named()
                    .withData("mode", "mongodb")
                    .withData("error", e.getClass().getSimpleName())
                    .down()
                    .build());
  }

  private HealthCheckResponse embedded() {
    var storage = embedded.get().storage();
    return named()
        .withData("mode", "embedded")
        .withData("writeQueue", storage.writeQueueLength())
        .up()
        .build();
  }

  private static HealthCheckResponseBuilder named() {
    return HealthCheckResponse.named(NAME);
  }
}
