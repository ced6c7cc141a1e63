package org.civicbroker.broker.wiring.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.storage.legacy.LegacyFixture;
import org.civicbroker.broker.storage.legacy.LegacyH2Store;
import org.civicbroker.broker.storage.legacy.LegacyStoreWriter;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the migration of a large legacy store takes: a synthetic store of {@code
 * -Dmigration.entities} (default 100 000) copies of the fixture's entities, spread over two
 * tenants, with the fixture's subscriptions and outbox. Prints the figures; asserts only the
 * counts. Off unless asked for: {@code -Dmigration.speed=true}.
 */
@EnabledIfSystemProperty(named = "migration.speed", matches = "true")
class LegacyMigrationSpeedTest {
  @TempDir Path fixtureDir;
  @TempDir Path dataDir;

  @Test
  void migratesALargeStore() throws IOException {
    int count = Integer.getInteger("migration.entities", 100_000);
    long began = System.nanoTime();
    writeSyntheticStore(count);
    long written = System.nanoTime();
    long legacyBytes = Files.size(dataDir.resolve(LegacyH2Store.FILE_NAME));

    MigrationSummary summary = LegacyMigrationTest.migration(dataDir).runIfNeeded().orElseThrow();
    long migrated = System.nanoTime();

    assertThat(summary.entities()).isEqualTo(count);
    try (MigratedStore store = MigratedStore.open(dataDir)) {
      assertThat(store.pendingNotifications()).isEqualTo(4);
      assertThat(
              store.entities(Tenant.DEFAULT).size()
                  + store.entities(new Tenant("legacy-city")).size())
          .isEqualTo(count);
    }
    long readOnly = readAndMap();
    double seconds = (migrated - written) / 1e9;
    System.out.printf(
        "[migration speed] %,d entities: legacy file %,d MB (written in %.1f s); migrated in %.1f s"
            + " (%,.0f entities/s; copy %,d ms, of which reading and mapping alone take %,d ms);"
            + " new store %,d MB%n",
        count,
        legacyBytes >> 20,
        (written - began) / 1e9,
        seconds,
        count / seconds,
        summary.copyMillis(),
        readOnly,
        size(dataDir.resolve("rocksdb")) >> 20);
  }

  /** Milliseconds to read and map every entity of the (moved) legacy store, without writing. */
  private long readAndMap() {
    long began = System.nanoTime();
    EntityDocumentMapper mapper = new EntityDocumentMapper();
    try (LegacyH2Store legacy = LegacyH2Store.open(dataDir.resolve("legacy-h2"))) {
      for (String database : legacy.databases()) {
        legacy.documents(database, "entities").forEach(mapper::toVersioned);
      }
    }
    return (System.nanoTime() - began) / 1_000_000;
  }

  /** Copies of the fixture's entities (new ids) in two tenants, its subscriptions and outbox. */
  private void writeSyntheticStore(int count) throws IOException {
    LegacyFixture.copyStoreTo(fixtureDir);
    try (LegacyH2Store fixture = LegacyH2Store.open(fixtureDir);
        LegacyStoreWriter writer = LegacyStoreWriter.create(dataDir)) {
      List<Document> templates = fixture.documents("ngsild", "entities").toList();
      for (String database : List.of("ngsild", "ngsild-legacy-city")) {
        for (String collection : List.of("subscriptions", "notificationOutbox")) {
          fixture.documents(database, collection).forEach(d -> writer.put(database, collection, d));
        }
      }
      for (int i = 0; i < count; i++) {
        Document copy = new Document(templates.get(i % templates.size()));
        copy.put("_id", copy.getString("_id") + "-" + i);
        writer.put(i % 4 == 0 ? "ngsild-legacy-city" : "ngsild", "entities", copy);
      }
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
