package org.civicbroker.bench.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbroker.bench.BenchOptions;

/**
 * Everything one run produced.
 *
 * @param options what was asked for
 * @param runId the id embedded in every entity id and type created
 * @param started when the run started
 * @param brokers what each broker said about itself
 * @param results one per scenario and broker, in run order (scenario 1 on A, on B, scenario 2...)
 */
public record RunResult(
    BenchOptions options,
    String runId,
    Instant started,
    Map<Target, BrokerInfo> brokers,
    List<ScenarioResult> results) {

  public List<Target> targets() {
    return List.copyOf(brokers.keySet());
  }

  /** The result of {@code scenario} on {@code target}, if it ran. */
  public Optional<ScenarioResult> find(String scenario, Target target) {
    return results.stream()
        .filter(r -> r.scenario().equals(scenario) && r.target().equals(target))
        .findFirst();
  }

  public boolean anyFailed() {
    return results.stream().anyMatch(r -> r.failure().isPresent());
  }
}
