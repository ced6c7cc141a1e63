package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.SplittableRandom;
import org.civicbroker.bench.load.Outcome;

/** A city mix over one population: 70 % attribute updates, 20 % type+q queries, 10 % gets. */
final class MixedScenario implements Scenario {
  private final ScenarioContext ctx;
  private final Population population;
  private final SplittableRandom random;

  MixedScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.population = new Population(ctx, "Mixed", QueryTypeQScenario.TYPES);
    this.random = new SplittableRandom(ctx.seed() + 5);
  }

  @Override
  public String name() {
    return "mixed";
  }

  @Override
  public void setup() {
    population.create();
  }

  @Override
  public Future<Outcome> execute(long seq) {
    int dice = random.nextInt(100);
    String id = population.id(random.nextInt(population.size()));
    if (dice < 70) {
      return ctx.client()
          .sendLd(HttpMethod.PATCH, Requests.attrsPath(id), Requests.patchBody(random))
          .map(Outcome::of);
    }
    if (dice < 90) {
      String type = population.type(random.nextInt(population.types()));
      return ctx.client().get(Requests.typeQuery(type)).map(Outcome::of);
    }
    return ctx.client().get("/entities/" + id).map(Outcome::of);
  }

  @Override
  public void teardown() {
    population.delete();
  }
}
