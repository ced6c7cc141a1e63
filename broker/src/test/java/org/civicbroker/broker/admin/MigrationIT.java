package org.civicbroker.broker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city moves from the embedded store to MongoDB, as docs/backup-and-migration.md tells an
 * operator to: a broker from the packaged jar on the embedded store is filled through the API
 * (sensors with every attribute type, rooms, subscriptions, two tenants) and exported; a second
 * broker on MongoDB (the test server, in a process of its own) imports the file from its import
 * directory. Every entity (Retrieve and Query with sysAttrs) and every subscription (without the
 * delivery status, which starts anew) reads the same from both, and the MongoDB broker exports the
 * same lines. The import notified nobody; a backup request on MongoDB is refused.
 */
class MigrationIT {
  private static final int SENSORS = 3;
  private static final int ROOMS = 5;

  @TempDir Path directory;

  @Test
  void aCityMovesFromTheEmbeddedStoreToMongoDbUnchanged() throws Exception {
    Path imports = Files.createDirectories(directory.resolve("imports"));
    Map<String, JsonNode> entities = new HashMap<>();
    Map<String, JsonNode> queries = new HashMap<>();
    Map<String, List<JsonNode>> subscriptions = new HashMap<>();
    String export;
    try (BrokerJar embedded =
        BrokerJar.start(
            "embedded",
            directory,
            Map.of("BROKER_STORAGE_PATH", directory.resolve("data").toString()),
            "384m")) {
      CityData.write(embedded.url(), SENSORS, ROOMS);
      for (String tenant : CityData.TENANTS) {
        forEachId(
            tenant,
            id -> entities.put(key(tenant, id), CityData.entity(embedded.url(), tenant, id)));
        queries.put(String.valueOf(tenant), CityData.query(embedded.url(), tenant));
        subscriptions.put(String.valueOf(tenant), CityData.subscriptions(embedded.url(), tenant));
      }
      export = CityData.export(embedded.url());
    }
    Files.writeString(imports.resolve("city.ndjson"), export);
    assertThat(AdminFixtures.lines(export)).hasSize(2 * (SENSORS + ROOMS + 2));

    try (MongoProcess mongo = MongoProcess.start(directory);
        BrokerJar onMongo =
            BrokerJar.start(
                "mongodb",
                directory,
                Map.of(
                    "QUARKUS_MONGODB_CONNECTION_STRING", mongo.uri(),
                    "BROKER_IMPORT_PATH", imports.toString()),
                "384m")) {
      JsonNode summary =
          CityData.given(onMongo.url(), null)
              .queryParam("file", "city.ndjson")
              .post("/admin/import")
              .then()
              .statusCode(200)
              .extract()
              .as(JsonNode.class);

      assertThat(summary.get("failed").asInt()).as(summary.toString()).isZero();
      assertThat(summary.get("entities").asInt()).isEqualTo(2 * (SENSORS + ROOMS));
      assertThat(summary.get("subscriptions").asInt()).isEqualTo(4);
      for (String tenant : CityData.TENANTS) {
        forEachId(
            tenant,
            id ->
                assertThat(CityData.entity(onMongo.url(), tenant, id))
                    .as(id)
                    .isEqualTo(entities.get(key(tenant, id))));
        assertThat(CityData.query(onMongo.url(), tenant))
            .isEqualTo(queries.get(String.valueOf(tenant)));
        assertThat(CityData.subscriptions(onMongo.url(), tenant))
            .isEqualTo(subscriptions.get(String.valueOf(tenant)));
        for (JsonNode s : CityData.subscriptions(onMongo.url(), tenant)) {
          assertThat(s.get("notification").has("timesSent")).isFalse(); // nobody was notified
        }
      }
      assertThat(AdminFixtures.comparable(CityData.export(onMongo.url())))
          .isEqualTo(AdminFixtures.comparable(export));

      CityData.given(onMongo.url(), null)
          .post("/admin/backup")
          .then()
          .statusCode(422)
          .body("type", org.hamcrest.Matchers.endsWith("OperationNotSupported"))
          .body("detail", org.hamcrest.Matchers.containsString("mongodump"));
    }
  }

  private static void forEachId(String tenant, java.util.function.Consumer<String> action) {
    for (int n = 1; n <= SENSORS; n++) {
      action.accept(CityData.sensorId(tenant, n));
    }
    for (int n = 1; n <= ROOMS; n++) {
      action.accept(CityData.roomId(tenant, n));
    }
  }

  private static String key(String tenant, String id) {
    return tenant + " " + id;
  }
}
