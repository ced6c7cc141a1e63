package org.civicbroker.broker.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded H2 backend keeps acknowledged writes across restarts and crashes. */
class H2PersistenceTest {
  private static final Tenant TENANT = new Tenant("durable");

  @TempDir Path directory;

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static Entity entity(int n) {
    return EntityFixtures.load("all-attribute-types.json", EntityId.of("urn:ngsi-ld:Durable:" + n));
  }

  /**
   * Inserts ten entities in two tenants, replaces #1 and #9 and deletes #2; the last write wins.
   */
  private static List<Entity> write(EntityStore store) {
    List<Entity> entities = new ArrayList<>();
    for (int n = 0; n < 10; n++) {
      entities.add(entity(n));
      await(store.insert(n % 2 == 0 ? Tenant.DEFAULT : TENANT, entities.get(n)));
    }
    await(store.replace(TENANT, entities.get(1).withScopes(List.of("/replaced")), 1));
    await(store.delete(Tenant.DEFAULT, entities.get(2).id()));
    assertThat(await(store.replace(TENANT, entities.get(9).withScopes(List.of("/last")), 1)))
        .isTrue();
    return entities;
  }

  private static void assertWritten(EntityStore store, List<Entity> entities) {
    assertThat(await(store.tenantExists(TENANT))).isTrue();
    assertThat(await(store.find(TENANT, entities.get(1).id())))
        .contains(new Versioned<>(entities.get(1).withScopes(List.of("/replaced")), 2));
    assertThat(await(store.find(Tenant.DEFAULT, entities.get(2).id()))).isEmpty();
    assertThat(await(store.find(TENANT, entities.get(9).id())))
        .contains(new Versioned<>(entities.get(9).withScopes(List.of("/last")), 2));
    for (int n : new int[] {0, 3, 4, 5, 6, 7, 8}) {
      Tenant tenant = n % 2 == 0 ? Tenant.DEFAULT : TENANT;
      assertThat(await(store.find(tenant, entities.get(n).id())))
          .contains(new Versioned<>(entities.get(n), 1));
    }
    // the unique indexes came back too: a stale compare-and-set and a second insert are refused
    assertThat(await(store.replace(TENANT, entities.get(1), 1))).isFalse();
    assertThatThrownBy(() -> await(store.insert(Tenant.DEFAULT, entities.get(0))))
        .isInstanceOf(NgsiLdException.class)
        .extracting(e -> ((NgsiLdException) e).type())
        .isEqualTo(ErrorType.ALREADY_EXISTS);
  }

  @Test
  void dataSurvivesARestart() {
    List<Entity> entities;
    try (TestMongo first = TestMongo.h2(directory, true)) {
      entities = write(first.entityStore());
    }

    try (TestMongo second = TestMongo.h2(directory, true)) {
      assertWritten(second.entityStore(), entities);
    }
  }

  @ParameterizedTest(name = "fsync={0}")
  @ValueSource(booleans = {true, false})
  void acknowledgedWritesSurviveAKilledServerProcess(boolean fsync) throws Exception {
    Process server = startServerProcess(fsync);
    List<Entity> entities;
    try (TestMongoClient client = new TestMongoClient(readPort(server))) {
      entities = write(client.store());
      server.destroyForcibly();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      server.destroyForcibly();
    }
    assertThat(server.exitValue()).isEqualTo(137); // killed by SIGKILL: no shutdown, no flush

    try (TestMongo reopened = TestMongo.h2(directory, fsync)) {
      assertWritten(reopened.entityStore(), entities);
    }
  }

  @Test
  void twoServersWithTheirOwnDirectoriesRunSideBySide(@TempDir Path other) {
    try (TestMongo a = TestMongo.h2(directory, false);
        TestMongo b = TestMongo.h2(other, true)) {
      await(a.entityStore().insert(Tenant.DEFAULT, entity(1)));

      assertThat(a.server().port()).isNotEqualTo(b.server().port());
      assertThat(await(b.entityStore().find(Tenant.DEFAULT, entity(1).id()))).isEmpty();
      assertThat(await(a.entityStore().find(Tenant.DEFAULT, entity(1).id()))).isPresent();
    }
  }

  @Test
  void aDirectoryInUseCannotBeOpenedTwice() {
    try (TestMongo first = TestMongo.h2(directory, false)) {
      assertThatThrownBy(() -> TestMongo.h2(directory, false)).hasMessageContaining("locked");
    }
  }

  private Process startServerProcess(boolean fsync) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            EmbeddedServerProcess.class.getName(),
            directory.toString(),
            Boolean.toString(fsync))
        .redirectError(directory.resolve("server.log").toFile())
        .start();
  }

  private static int readPort(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(EmbeddedServerProcess.PORT_LINE)) {
        return Integer.parseInt(line.substring(EmbeddedServerProcess.PORT_LINE.length()));
      }
    }
    throw new IllegalStateException("Server process ended without a port");
  }
}
