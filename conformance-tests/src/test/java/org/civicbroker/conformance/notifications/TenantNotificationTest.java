package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbroker.conformance.NotificationReceiver;
import org.civicbroker.conformance.NotificationReceiver.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 4.14 tenants and notifications: a subscription sees only the entities of its own tenant, and its
 * HTTP notifications name the tenant in an {@code NGSILD-Tenant} header (HTTP binding, clause
 * 6.3.14).
 */
@DisplayName("4.14 Notifications of subscriptions in a tenant")
class TenantNotificationTest extends NotificationTest {

  @Test
  @DisplayName("4.14 only the tenant's entities notify, and the notification names the tenant")
  void tenantSubscriptionNotifiesWithTheTenantHeader() {
    NotificationReceiver receiver = receiver();
    String name = newTenant();
    tenant = name;
    subscribe(subscription("by-type.json", receiver.url("/tenant")));

    tenant = null;
    createEntity("building.json");
    tenant = name;
    String inTenant = createEntity("building.json");

    Received request = receiver.awaitRequests(1, ARRIVAL).get(0);
    assertThat(receiver.count()).isEqualTo(1);
    assertThat(onlyEntity(request.json()).path("id").asText()).isEqualTo(inTenant);
    assertThat(request.header(TENANT_HEADER)).isEqualTo(name);
  }

  @Test
  @DisplayName("4.14 notifications of the default tenant carry no NGSILD-Tenant header")
  void defaultTenantHasNoHeader() {
    NotificationReceiver receiver = receiver();
    subscribe(subscription("by-type.json", receiver.url("/default")));
    createEntity("building.json");

    Received request = receiver.awaitRequests(1, ARRIVAL).get(0);

    assertThat(request.header(TENANT_HEADER)).isNull();
  }
}
