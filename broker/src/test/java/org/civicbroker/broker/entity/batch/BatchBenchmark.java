package org.civicbroker.broker.entity.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.civicbroker.broker.entity.service.TestEntityServices;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.MongoEntityBulkStore;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures (does not assert) batch upsert throughput of the batch service on the embedded store:
 * 1,000-entity batches of new ids, then the same ids again (replace), one batch at a time. Run on
 * demand: {@code mvn -pl broker -am test -Dtest=BatchBenchmark -Dbroker.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "broker.bench", matches = "true")
class BatchBenchmark {
  private static final int BATCH = 1000;
  private static final int BATCHES = Integer.getInteger("broker.bench.batches", 20);
  private static final int WARM_UP = Integer.getInteger("broker.bench.warmup", 10);
  private static final Duration WAIT = Duration.ofMinutes(5);

  @TempDir Path directory;

  @Test
  void memoryBackend() {
    try (TestMongo mongo = TestMongo.memory()) {
      run("memory", mongo);
    }
  }

  @Test
  void h2BackendWithFsync() {
    try (TestMongo mongo = TestMongo.h2(directory.resolve("fsync"), true)) {
      run("h2+fsync", mongo);
    }
  }

  @Test
  void h2Backend() {
    try (TestMongo mongo = TestMongo.h2(directory.resolve("plain"), false)) {
      run("h2 (no fsync)", mongo);
    }
  }

  private void run(String name, TestMongo mongo) {
    TenantDatabases databases = mongo.databases();
    BatchService service =
        new BatchService(
            new MongoEntityBulkStore(databases),
            TestEntityServices.over(mongo.entityStore(), databases, new Discard()));
    Entity template = EntityFixtures.load("bench-entity.json");
    upsert(service, template, "warm", WARM_UP);
    upsert(service, template, "warm", WARM_UP);
    report(
        "%s: upsert of new entities %.0f entities/s",
        name, upsert(service, template, "new", BATCHES));
    report(
        "%s: upsert of existing entities %.0f entities/s",
        name, upsert(service, template, "new", BATCHES));
  }

  /** Upserts {@code batches} batches of ids {@code prefix:0..}; entities per second. */
  private static double upsert(BatchService service, Entity template, String prefix, int batches) {
    long start = System.nanoTime();
    long cpu = cpuNanos();
    for (int b = 0; b < batches; b++) {
      List<BatchItem> items = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        EntityId id =
            EntityId.of("urn:ngsi-ld:AirQualityObserved:" + prefix + ":" + (b * BATCH + i));
        Entity entity =
            new Entity(id, template.types(), template.scopes(), template.attributes(), null, null);
        items.add(BatchItem.valid(i, id, BatchChanges.upsertReplace(entity), null));
      }
      BatchResult result = service.execute(Tenant.DEFAULT, items).await().atMost(WAIT);
      if (!result.allSucceeded()) {
        throw new IllegalStateException("Batch failed: " + result.errors().get(0));
      }
    }
    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
    report(
        "  (%d entities: %.1f s of process CPU, %.0f entities per CPU-second)",
        batches * BATCH, cpuSeconds, batches * BATCH / cpuSeconds);
    return batches * BATCH / ((System.nanoTime() - start) / 1e9);
  }

  /** CPU time of the whole process (broker code, driver and embedded server). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void report(String format, Object... args) {
    System.out.println("BENCH " + String.format(format, args));
  }

  /** Drops the events. */
  private static final class Discard implements Emitter<EntityChange> {
    @Override
    public CompletionStage<Void> send(EntityChange change) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public <M extends Message<? extends EntityChange>> void send(M message) {}

    @Override
    public void complete() {}

    @Override
    public void error(Exception e) {}

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean hasRequests() {
      return true;
    }
  }
}
