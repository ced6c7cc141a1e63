package org.civicbroker.broker.storage.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/** Legacy database names map to tenants as {@code storage/TenantDatabases} named them. */
class LegacyTenantsTest {
  @Test
  void theDefaultDatabaseIsTheDefaultTenants() {
    assertThat(LegacyTenants.DEFAULT.tenant("ngsild")).contains(Tenant.DEFAULT);
    assertThat(LegacyTenants.DEFAULT.database(Tenant.DEFAULT)).isEqualTo("ngsild");
  }

  @Test
  void aSuffixedDatabaseIsTheSuffixsTenant() {
    assertThat(LegacyTenants.DEFAULT.tenant("ngsild-legacy-city"))
        .contains(new Tenant("legacy-city"));
    assertThat(LegacyTenants.DEFAULT.database(new Tenant("legacy-city")))
        .isEqualTo("ngsild-legacy-city");
  }

  @Test
  void otherDatabasesAreNoTenants() {
    assertThat(LegacyTenants.DEFAULT.tenant("admin")).isEmpty();
    assertThat(LegacyTenants.DEFAULT.tenant("ngsildx")).isEmpty();
    assertThat(LegacyTenants.DEFAULT.tenant("ngsild-")).isEmpty();
    assertThat(LegacyTenants.DEFAULT.tenant("ngsild-not a tenant")).isEmpty();
  }

  @Test
  void theDefaultDatabaseCanBeConfigured() {
    LegacyTenants city = new LegacyTenants("city");
    assertThat(city.tenant("city")).contains(Tenant.DEFAULT);
    assertThat(city.tenant("city-north")).contains(new Tenant("north"));
    assertThat(city.tenant("ngsild")).isEmpty();
  }
}
