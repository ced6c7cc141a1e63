package org.civicbroker.broker.notification;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.civicbroker.model.id.Tenant;

/** The listener used until the subscription feature provides one: ignores every outcome. */
@DefaultBean
@ApplicationScoped
public class NoDeliveryListener implements DeliveryListener {

  @Override
  public void delivered(Tenant tenant, String subscriptionId, Instant at) {
    // nothing keeps status without subscriptions
  }

  @Override
  public void failed(
      Tenant tenant, String subscriptionId, Instant at, String reason, boolean finalAttempt) {
    // nothing keeps status without subscriptions
  }
}
