package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import java.util.SplittableRandom;
import org.civicbroker.bench.load.Outcome;

/**
 * {@code GET
 * /ngsi-ld/v1/entities?type=T&georel=near;maxDistance==500&geometry=Point&coordinates=[lon,lat]}
 * around random points of the city box the population's locations are spread over.
 */
final class QueryGeoScenario implements Scenario {
  private final ScenarioContext ctx;
  private final Population population;
  private final SplittableRandom random;

  QueryGeoScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.population = new Population(ctx, "Geo", 1);
    this.random = new SplittableRandom(ctx.seed() + 4);
  }

  @Override
  public String name() {
    return "query-geo";
  }

  @Override
  public void setup() {
    population.create();
  }

  @Override
  public Future<Outcome> execute(long seq) {
    double[] point = EntityFactory.randomPoint(random);
    return ctx.client().get(Requests.geoQuery(population.type(0), point)).map(Outcome::of);
  }

  @Override
  public void teardown() {
    population.delete();
  }
}
