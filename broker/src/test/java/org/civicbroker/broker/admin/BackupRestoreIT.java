package org.civicbroker.broker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restoring a backup, as docs/backup-and-migration.md tells an operator to: a broker from the
 * packaged jar on the embedded store is written to, backed up online, written to again (creations,
 * an update, a deletion, subscriptions created and deleted), and stopped; a broker started with
 * {@code BROKER_STORAGE_PATH} on the backup directory serves exactly the data of the backup's
 * moment: the same export, the same entities by id and by query, none of the later writes.
 */
class BackupRestoreIT {
  private static final int ROOMS = 10;

  @TempDir Path directory;

  @Test
  void aBrokerStartedOnABackupHasExactlyTheDataUpToTheBackup() throws Exception {
    String atBackup;
    Path backup;
    try (BrokerJar broker =
        BrokerJar.start(
            "original",
            directory,
            Map.of(
                "BROKER_STORAGE_PATH", directory.resolve("data").toString(),
                "BROKER_BACKUP_PATH", directory.resolve("backups").toString()),
            "384m")) {
      CityData.write(broker.url(), 2, ROOMS);
      atBackup = CityData.export(broker.url());

      JsonNode made =
          CityData.given(broker.url(), null)
              .post("/admin/backup")
              .then()
              .statusCode(201)
              .extract()
              .as(JsonNode.class);
      backup = Path.of(made.get("directory").asText());
      assertThat(backup.getParent()).isEqualTo(directory.resolve("backups"));

      writeAfterTheBackup(broker.url());
      assertThat(CityData.export(broker.url())).isNotEqualTo(atBackup);
    }

    try (BrokerJar restored =
        BrokerJar.start(
            "restored", directory, Map.of("BROKER_STORAGE_PATH", backup.toString()), "384m")) {
      String url = restored.url();
      assertThat(AdminFixtures.comparable(CityData.export(url)))
          .isEqualTo(AdminFixtures.comparable(atBackup));
      for (String tenant : CityData.TENANTS) {
        assertThat(CityData.entity(url, tenant, CityData.roomId(tenant, ROOMS + 1))).isNull();
        assertThat(CityData.entity(url, tenant, CityData.roomId(tenant, 3))).isNotNull();
        assertThat(
                CityData.entity(url, tenant, CityData.roomId(tenant, 2))
                    .get("https://example.org/temperature")
                    .get("value")
                    .asInt())
            .isEqualTo(2);
        assertThat(CityData.query(url, tenant)).hasSize(2 + ROOMS); // the index is rebuilt
        assertThat(CityData.subscriptions(url, tenant)).hasSize(2);
      }
    }
  }

  private static void writeAfterTheBackup(String url) {
    for (String tenant : CityData.TENANTS) {
      CityData.given(url, tenant)
          .contentType("application/json")
          .body(
              "{\"id\": \""
                  + CityData.roomId(tenant, ROOMS + 1)
                  + "\", \"type\": \"https://example.org/Room\"}")
          .post(CityData.ENTITIES)
          .then()
          .statusCode(201);
      CityData.setRoom(url, tenant, 2, 99);
      CityData.given(url, tenant)
          .delete(CityData.ENTITIES + "/" + CityData.roomId(tenant, 3))
          .then()
          .statusCode(204);
      CityData.given(url, tenant)
          .delete(CityData.SUBSCRIPTIONS + "/" + CityData.subscriptionId(tenant, 2))
          .then()
          .statusCode(204);
    }
  }
}
