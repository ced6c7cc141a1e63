package org.civicbroker.broker.subscription.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the subscription registry has been loaded from the store. */
@Readiness
@ApplicationScoped
public class RegistryReadinessCheck implements HealthCheck {
  private final ActiveSubscriptions registry;

  @Inject
  public RegistryReadinessCheck(ActiveSubscriptions registry) {
    this.registry = registry;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("subscription-registry")
        .status(registry.ready())
        .withData("subscriptions", registry.size())
        .build();
  }
}
