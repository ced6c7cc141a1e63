package org.civicbroker.conformance.binding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.conformance.Problems.assertProblem;

import io.restassured.response.Response;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Multi-tenancy (clause 4.14) through the {@code NGSILD-Tenant} HTTP header: a write to a new
 * tenant creates it, tenants do not see each other's entities, and a read in a tenant that does not
 * exist is 404 NonexistentTenant (5.5.2).
 */
@DisplayName("4.14 tenants (NGSILD-Tenant header)")
class TenantTest extends NgsiLdTest {

  @Test
  @DisplayName("4.14 an entity created in a tenant is visible there and not in the default tenant")
  void tenantsAreIsolated() {
    String tenant = newTenant();
    String id = newId("Sensor");
    created(tenant, id);

    Response response =
        json(fixture("entities/sensor.json", "id", id))
            .header(TENANT_HEADER, tenant)
            .post("/entities");

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    Response inTenant =
        given().accept(JSON).header(TENANT_HEADER, tenant).get("/entities/{id}", id);
    assertThat(inTenant.statusCode()).as(inTenant.asString()).isEqualTo(200);
    assertThat(Json.parse(inTenant).path("id").asText()).isEqualTo(id);
    assertProblem(given().accept(JSON).get("/entities/{id}", id), 404, "ResourceNotFound");
  }

  @Test
  @DisplayName("4.14 the same id in two tenants: two independent entities")
  void sameIdInTwoTenants() {
    String tenant = newTenant();
    String id = create("entities/sensor.json", "Sensor");
    created(tenant, id);

    json(fixture("entities/minimal.json", "id", id))
        .header(TENANT_HEADER, tenant)
        .post("/entities")
        .then()
        .statusCode(201);

    Response inTenant =
        given().accept(JSON).header(TENANT_HEADER, tenant).get("/entities/{id}", id);
    assertThat(Json.parse(inTenant).has("temperature")).isFalse();
    assertThat(retrieve(id).has("temperature")).isTrue();
  }

  @Test
  @DisplayName("5.5.2 a read in a tenant that does not exist -> 404 NonexistentTenant")
  void unknownTenantIsNonexistentTenant() {
    Response response =
        given()
            .accept(JSON)
            .header(TENANT_HEADER, newTenant())
            .get("/entities/{id}", newId("Sensor"));

    assertProblem(response, 404, "NonexistentTenant");
  }
}
