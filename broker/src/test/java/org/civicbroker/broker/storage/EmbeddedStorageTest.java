package org.civicbroker.broker.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civicbroker.broker.config.StorageConfig.Backend;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/** The application starts the embedded server (memory backend in tests) and uses it. */
@QuarkusTest
class EmbeddedStorageTest {
  private static final String STORE_CHECK = "checks.find { it.name == 'entity-store' }";

  @Inject EmbeddedMongo embedded;
  @Inject EntityStore store;

  @Test
  void theEmbeddedServerRunsOnAFreePort() {
    EmbeddedMongoServer server = embedded.running().orElseThrow();

    assertThat(server.backend()).isEqualTo(Backend.MEMORY);
    assertThat(server.port()).isPositive().isNotEqualTo(27017);
  }

  @Test
  void readinessReportsTheStoreUp() {
    int port = embedded.running().orElseThrow().port();

    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(STORE_CHECK + ".status", is("UP"))
        .body(STORE_CHECK + ".data.mode", is("embedded"))
        .body(STORE_CHECK + ".data.backend", is("memory"))
        .body(STORE_CHECK + ".data.port", is(port));
  }

  @Test
  void theEntityStoreBeanStoresThroughTheQuarkusClient() {
    Entity entity = EntityFixtures.load("geo.json");

    store.insert(new Tenant("quarkus"), entity).await().atMost(Duration.ofSeconds(30));

    assertThat(
            store.find(new Tenant("quarkus"), entity.id()).await().atMost(Duration.ofSeconds(30)))
        .contains(new Versioned<>(entity, 1));
  }
}
