package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicbroker.bench.load.Outcome;
import org.civicbroker.bench.load.Recorder;

/**
 * POST /ngsi-ld/v1/entityOperations/upsert with {@code batchSize} (default 1,000) entities per
 * request, cycling over a pool of {@code max(entities, batchSize)} ids: the first pass creates,
 * later passes update. Reports entities/s besides requests/s.
 */
final class BatchUpsertScenario implements Scenario {
  private static final String KIND = "Batch";

  private final ScenarioContext ctx;
  private final int pool;
  private final int batch;
  private final AtomicInteger touched = new AtomicInteger();
  private String[] encoded;

  BatchUpsertScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.batch = ctx.batchSize();
    this.pool = Math.max(ctx.entities(), batch);
  }

  @Override
  public String name() {
    return "batch-upsert";
  }

  @Override
  public void setup() {
    // Encode the entities once, so building a 1,000-entity body costs the driver little.
    EntityFactory factory = new EntityFactory(ctx.seed());
    encoded = new String[pool];
    for (int i = 0; i < pool; i++) {
      encoded[i] = factory.entity(ctx.entityId(KIND, i), ctx.entityType(KIND, 0), i).encode();
    }
  }

  @Override
  public Future<Outcome> execute(long seq) {
    int first = (int) ((seq * batch) % pool);
    StringBuilder body = new StringBuilder(batch * (encoded[0].length() + 1) + 2).append('[');
    for (int i = 0; i < batch; i++) {
      body.append(i == 0 ? "" : ",").append(encoded[(first + i) % pool]);
    }
    touched.accumulateAndGet((int) Math.min(pool, (seq + 1) * batch), Math::max);
    return ctx.client()
        .sendLd(
            HttpMethod.POST, "/entityOperations/upsert", Buffer.buffer(body.append(']').toString()))
        .map(r -> Outcome.of(r, batch));
  }

  @Override
  public List<Metric> metrics(Recorder recorder, double measuredSeconds) {
    return List.of(Metric.rate("entities/s", recorder.okItems() / measuredSeconds));
  }

  @Override
  public void teardown() {
    Population.deleteIds(ctx, new Population(ctx, KIND, 1).ids(touched.get()));
  }
}
