package org.civicbroker.broker.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and import speed, printed (only with {@code -Dadmin.speed=true}; {@code
 * -Dadmin.speed.entities}, default 25,000, and {@code -Dadmin.speed.heap}, the brokers' -Xmx,
 * default 256m): entities created by batch in an embedded broker, exported to a file, imported from
 * the import directory into a new embedded broker and into one on the MongoDB test server.
 */
class TransferSpeedIT {
  private static final int BATCH = 1000;

  @TempDir Path directory;

  @Test
  void exportAndImportSpeed() throws Exception {
    assumeTrue(Boolean.getBoolean("admin.speed"), "-Dadmin.speed=true to measure");
    int count = Integer.getInteger("admin.speed.entities", 25_000);
    String heap = System.getProperty("admin.speed.heap", "256m");
    Path imports = Files.createDirectories(directory.resolve("imports"));
    Path file = imports.resolve("meters.ndjson");
    try (BrokerJar source = embedded("source", heap)) {
      long created = System.nanoTime();
      fill(source.url(), count);
      report("batch create through the API (for comparison)", count, created, -1);
      long start = System.nanoTime();
      try (InputStream export =
          CityData.given(source.url(), null).get("/admin/export").asInputStream()) {
        Files.copy(export, file, StandardCopyOption.REPLACE_EXISTING);
      }
      report("export (embedded)", count, start, Files.size(file));
    }
    try (BrokerJar target = embedded("target", heap, "BROKER_IMPORT_PATH", imports.toString())) {
      timeImport(target.url(), count, "import (embedded)");
      timeImport(target.url(), 0, "the same import again, every id skipped (embedded)");
    }
    try (MongoProcess mongo = MongoProcess.start(directory);
        BrokerJar target =
            BrokerJar.start(
                "mongodb",
                directory,
                Map.of(
                    "QUARKUS_MONGODB_CONNECTION_STRING", mongo.uri(),
                    "BROKER_IMPORT_PATH", imports.toString()),
                heap)) {
      timeImport(target.url(), count, "import (MongoDB test server)");
    }
  }

  private BrokerJar embedded(String name, String heap, String... env) throws Exception {
    Map<String, String> settings = new java.util.HashMap<>();
    settings.put("BROKER_STORAGE_PATH", directory.resolve(name).toString());
    for (int i = 0; i < env.length; i += 2) {
      settings.put(env[i], env[i + 1]);
    }
    return BrokerJar.start(name, directory, settings, heap);
  }

  private static void fill(String url, int count) {
    for (int first = 0; first < count; first += BATCH) {
      StringJoiner batch = new StringJoiner(",", "[", "]");
      for (int n = first; n < Math.min(count, first + BATCH); n++) {
        batch.add(
            AdminFixtures.load(
                "speed-entity.json",
                Map.of("id", "urn:ngsi-ld:Meter:" + n, "value", Integer.toString(n))));
      }
      CityData.given(url, null)
          .contentType("application/json")
          .body(batch.toString())
          .post("/ngsi-ld/v1/entityOperations/create")
          .then()
          .statusCode(201);
    }
  }

  private static void timeImport(String url, int written, String what) {
    long start = System.nanoTime();
    JsonNode summary =
        CityData.given(url, null)
            .queryParam("file", "meters.ndjson")
            .post("/admin/import")
            .then()
            .statusCode(200)
            .extract()
            .as(JsonNode.class);
    int lines = summary.get("entities").asInt() + summary.get("skipped").asInt();
    report(what, lines, start, -1);
    assertThat(summary.get("entities").asInt()).as(summary.toString()).isEqualTo(written);
  }

  private static void report(String what, int count, long start, long bytes) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%s: %d entities in %.2f s = %.0f entities/s%s%n",
        what, count, seconds, count / seconds, bytes < 0 ? "" : " (" + bytes + " bytes)");
  }
}
