package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import java.util.SplittableRandom;
import org.civicbroker.bench.load.Outcome;

/**
 * {@code GET /ngsi-ld/v1/entities?type=T&q=temperature>20;status=="ok"&limit=20} over a population
 * of 5 types with 10 attributes each.
 */
final class QueryTypeQScenario implements Scenario {
  static final int TYPES = 5;

  private final ScenarioContext ctx;
  private final Population population;
  private final SplittableRandom random;

  QueryTypeQScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.population = new Population(ctx, "Query", TYPES);
    this.random = new SplittableRandom(ctx.seed() + 3);
  }

  @Override
  public String name() {
    return "query-type-q";
  }

  @Override
  public void setup() {
    population.create();
  }

  @Override
  public Future<Outcome> execute(long seq) {
    String type = population.type(random.nextInt(TYPES));
    return ctx.client().get(Requests.typeQuery(type)).map(Outcome::of);
  }

  @Override
  public void teardown() {
    population.delete();
  }
}
