package org.civicbroker.broker.storage;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.bson.Document;
import org.civicbroker.model.id.Tenant;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the entity store: a {@code ping} of the default tenant's database. Reports whether
 * the embedded server or an external MongoDB is used, never the connection string (it may hold
 * credentials).
 */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements AsyncHealthCheck {
  static final String NAME = "entity-store";
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final TenantDatabases databases;
  private final EmbeddedMongo embedded;

  @Inject
  StorageReadinessCheck(TenantDatabases databases, EmbeddedMongo embedded) {
    this.databases = databases;
    this.embedded = embedded;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return databases
        .database(Tenant.DEFAULT)
        .runCommand(new Document("ping", 1))
        .ifNoItem()
        .after(TIMEOUT)
        .fail()
        .map(pong -> describe().up().build())
        .onFailure()
        .recoverWithItem(
            e -> describe().down().withData("error", e.getClass().getSimpleName()).build());
  }

  private HealthCheckResponseBuilder describe() {
    HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME);
    return embedded
        .running()
        .map(
            s ->
                builder
                    .withData("mode", "embedded")
                    .withData("backend", s.backend().name().toLowerCase(java.util.Locale.ROOT))
                    .withData("port", s.port()))
        .orElseGet(() -> builder.withData("mode", "external"));
  }
}
