package org.civicbroker.broker.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.config.StorageConfig.Backend;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/**
 * With a connection string configured, no embedded server starts: the broker uses the server the
 * string names (here a stand-in started by the test, playing an external MongoDB; it is the only
 * server there is, so a working store proves the client uses it).
 */
@QuarkusTest
@TestProfile(ExternalStorageTest.ExternalMongo.class)
class ExternalStorageTest {
  @Inject EmbeddedMongo embedded;
  @Inject EntityStore store;

  @Test
  void noEmbeddedServerStarts() {
    assertThat(embedded.enabled()).isFalse();
    assertThat(embedded.running()).isEmpty();
    assertThat(ExternalMongoServer.unusedDataDirectory).doesNotExist();
  }

  @Test
  void readinessReportsTheExternalStoreUp() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'entity-store' }.status", is("UP"))
        .body("checks.find { it.name == 'entity-store' }.data.mode", is("external"));
  }

  @Test
  void entitiesAreStoredThroughTheConfiguredServer() {
    Entity entity = EntityFixtures.load("geo.json");

    store.insert(Tenant.DEFAULT, entity).await().atMost(Duration.ofSeconds(30));

    assertThat(store.find(Tenant.DEFAULT, entity.id()).await().atMost(Duration.ofSeconds(30)))
        .contains(new Versioned<>(entity, 1));
  }

  /** A profile whose configuration names an external server. */
  public static class ExternalMongo implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(ExternalMongoServer.class));
    }
  }

  /** Starts the stand-in server and points the connection string at it. */
  public static class ExternalMongoServer implements QuarkusTestResourceLifecycleManager {
    static EmbeddedMongoServer server;
    static Path unusedDataDirectory;

    @Override
    public Map<String, String> start() {
      server = EmbeddedMongoServer.start(Backend.MEMORY, null, 0, false);
      try {
        unusedDataDirectory = Files.createTempDirectory("external-storage").resolve("data");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.of(
          "quarkus.mongodb.connection-string", server.connectionString(),
          "broker.storage.backend", "h2",
          "broker.storage.path", unusedDataDirectory.toString());
    }

    @Override
    public void stop() {
      server.close();
      try {
        Files.deleteIfExists(unusedDataDirectory.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
