package org.civicbroker.broker.storage;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures (does not assert) insert throughput and find-by-id latency of the entity store on the
 * embedded server. Run on demand: {@code mvn -pl broker -am test -Dtest=StoreBenchmark
 * -Dbroker.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "broker.bench", matches = "true")
class StoreBenchmark {
  private static final int ENTITIES = Integer.getInteger("broker.bench.entities", 5000);
  private static final int CONCURRENCY = 16;
  private static final Duration WAIT = Duration.ofMinutes(5);

  @TempDir Path directory;

  @Test
  void memoryBackend() {
    try (TestMongo mongo = TestMongo.memory()) {
      run("memory", mongo);
    }
  }

  @Test
  void h2Backend() throws Exception {
    try (TestMongo mongo = TestMongo.h2(directory.resolve("plain"), false)) {
      run("h2 (no fsync)", mongo);
    }
    report("h2 (no fsync) file size after run: %d KiB", fileKib(directory.resolve("plain")));
  }

  @Test
  void h2BackendWithFsync() throws Exception {
    try (TestMongo mongo = TestMongo.h2(directory.resolve("fsync"), true)) {
      run("h2+fsync", mongo);
    }
    report("h2+fsync file size after run: %d KiB", fileKib(directory.resolve("fsync")));
  }

  private void run(String name, TestMongo mongo) {
    MongoEntityStore store = mongo.entityStore();
    Entity template = EntityFixtures.load("bench-entity.json");
    Document doc = new EntityDocumentMapper().toDocument(template, 1);
    report(
        "%s: entity document size %d bytes",
        name,
        new RawBsonDocument(doc, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining());
    warmUp(store, template);

    long start = System.nanoTime();
    for (int i = 0; i < ENTITIES; i++) {
      store.insert(Tenant.DEFAULT, copy(template, "seq", i)).await().atMost(WAIT);
    }
    report("%s: sequential insert %.0f/s", name, perSecond(ENTITIES, System.nanoTime() - start));

    start = System.nanoTime();
    Multi.createFrom()
        .range(0, ENTITIES)
        .onItem()
        .transformToUni(i -> store.insert(Tenant.DEFAULT, copy(template, "par", i)))
        .merge(CONCURRENCY)
        .collect()
        .last()
        .await()
        .atMost(WAIT);
    report(
        "%s: insert with %d in flight %.0f/s",
        name, CONCURRENCY, perSecond(ENTITIES, System.nanoTime() - start));

    long[] nanos = new long[ENTITIES];
    for (int i = 0; i < ENTITIES; i++) {
      EntityId id = copy(template, "seq", (i * 7919) % ENTITIES).id();
      long t = System.nanoTime();
      store.find(Tenant.DEFAULT, id).await().atMost(WAIT).orElseThrow();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    report(
        "%s: find by id (%d stored) p50 %.2f ms, p99 %.2f ms",
        name, 2 * ENTITIES, millis(nanos[ENTITIES / 2]), millis(nanos[ENTITIES * 99 / 100]));
  }

  private static void warmUp(MongoEntityStore store, Entity template) {
    for (int i = 0; i < 500; i++) {
      Entity e = copy(template, "warm", i);
      Uni.combine()
          .all()
          .unis(store.insert(Tenant.DEFAULT, e), store.find(Tenant.DEFAULT, e.id()))
          .discardItems()
          .await()
          .atMost(WAIT);
    }
  }

  private static Entity copy(Entity template, String prefix, int n) {
    return new Entity(
        EntityId.of("urn:ngsi-ld:AirQualityObserved:" + prefix + ":" + n),
        template.types(),
        template.scopes(),
        template.attributes(),
        template.createdAt(),
        template.modifiedAt());
  }

  private static double perSecond(int count, long nanos) {
    return count / (nanos / 1e9);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static long fileKib(Path dir) throws Exception {
    return Files.size(dir.resolve(EmbeddedMongoServer.STORE_FILE)) / 1024;
  }

  private static void report(String format, Object... args) {
    System.out.println("BENCH " + String.format(format, args));
  }
}
