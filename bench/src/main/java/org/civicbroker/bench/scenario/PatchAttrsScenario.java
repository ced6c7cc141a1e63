package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.SplittableRandom;
import org.civicbroker.bench.load.Outcome;

/** PATCH /ngsi-ld/v1/entities/{id}/attrs updating temperature (and status half the time). */
final class PatchAttrsScenario implements Scenario {
  private final ScenarioContext ctx;
  private final Population population;
  private final SplittableRandom random;

  PatchAttrsScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.population = new Population(ctx, "Patch", 1);
    this.random = new SplittableRandom(ctx.seed() + 2);
  }

  @Override
  public String name() {
    return "patch-attrs";
  }

  @Override
  public void setup() {
    population.create();
  }

  @Override
  public Future<Outcome> execute(long seq) {
    String id = population.id(random.nextInt(population.size()));
    return ctx.client()
        .sendLd(HttpMethod.PATCH, Requests.attrsPath(id), Requests.patchBody(random))
        .map(Outcome::of);
  }

  @Override
  public void teardown() {
    population.delete();
  }
}
