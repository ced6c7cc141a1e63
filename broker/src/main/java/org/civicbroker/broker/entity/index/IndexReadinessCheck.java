package org.civicbroker.broker.entity.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the in-memory entity index has been rebuilt from the store. */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {
  private final EntityIndex index;

  @Inject
  public IndexReadinessCheck(EntityIndex index) {
    this.index = index;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("entity-index")
        .status(index.ready())
        .withData("entities", index.total())
        .withData("estimatedMegabytes", index.estimatedBytes() >> 20)
        .build();
  }
}
