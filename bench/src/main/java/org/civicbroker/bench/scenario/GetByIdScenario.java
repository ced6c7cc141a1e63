package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import java.util.SplittableRandom;
import org.civicbroker.bench.load.Outcome;

/** GET /ngsi-ld/v1/entities/{id} of a random pre-created entity. */
final class GetByIdScenario implements Scenario {
  private final ScenarioContext ctx;
  private final Population population;
  private final SplittableRandom random;

  GetByIdScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.population = new Population(ctx, "Get", 1);
    this.random = new SplittableRandom(ctx.seed() + 1);
  }

  @Override
  public String name() {
    return "get-by-id";
  }

  @Override
  public void setup() {
    population.create();
  }

  @Override
  public Future<Outcome> execute(long seq) {
    String id = population.id(random.nextInt(population.size()));
    return ctx.client().get("/entities/" + id).map(Outcome::of);
  }

  @Override
  public void teardown() {
    population.delete();
  }
}
