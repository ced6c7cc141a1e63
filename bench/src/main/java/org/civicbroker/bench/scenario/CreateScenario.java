package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.civicbroker.bench.load.Outcome;

/** POST /ngsi-ld/v1/entities of new ~1 KB entities (application/ld+json with @context). */
final class CreateScenario implements Scenario {
  private static final String KIND = "Create";

  private final ScenarioContext ctx;
  private final EntityFactory factory;
  private final AtomicLong attempted = new AtomicLong();

  CreateScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.factory = new EntityFactory(ctx.seed());
  }

  @Override
  public String name() {
    return "create";
  }

  @Override
  public void setup() {
    // Nothing to prepare: every request creates a new entity.
  }

  @Override
  public Future<Outcome> execute(long seq) {
    attempted.accumulateAndGet(seq + 1, Math::max);
    String id = ctx.entityId(KIND, seq);
    var body = factory.entity(id, ctx.entityType(KIND, 0), seq).toBuffer();
    return ctx.client().sendLd(HttpMethod.POST, "/entities", body).map(Outcome::of);
  }

  @Override
  public void teardown() {
    // Every attempted id, since a request that timed out here may still have created its entity.
    List<String> ids = new ArrayList<>();
    for (long i = 0; i < attempted.get(); i++) {
      ids.add(ctx.entityId(KIND, i));
    }
    ctx.log().accept("teardown: deleting " + ids.size() + " created entities");
    Population.deleteIds(ctx, ids);
  }
}
