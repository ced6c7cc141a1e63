package org.civicbroker.bench.scenario;

import java.util.List;

/** The scenarios by name, in the order {@code all} runs them. */
public final class ScenarioRegistry {
  public static final List<String> NAMES =
      List.of(
          "create",
          "get-by-id",
          "patch-attrs",
          "query-type-q",
          "query-geo",
          "batch-upsert",
          "notify",
          "mixed");

  private ScenarioRegistry() {}

  public static Scenario create(String name, ScenarioContext ctx) {
    return switch (name) {
      case "create" -> new CreateScenario(ctx);
      case "get-by-id" -> new GetByIdScenario(ctx);
      case "patch-attrs" -> new PatchAttrsScenario(ctx);
      case "query-type-q" -> new QueryTypeQScenario(ctx);
      case "query-geo" -> new QueryGeoScenario(ctx);
      case "batch-upsert" -> new BatchUpsertScenario(ctx);
      case "notify" -> new NotifyScenario(ctx);
      case "mixed" -> new MixedScenario(ctx);
      default -> throw new IllegalArgumentException("unknown scenario " + name);
    };
  }
}
