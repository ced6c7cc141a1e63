package org.civicbroker.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run is configured with, as parsed by {@link Cli}.
 *
 * @param url base URL of broker A (without {@code /ngsi-ld/v1})
 * @param scenarios scenario names, in run order
 * @param duration measured duration of each scenario
 * @param warmup unmeasured load before each scenario's measurement
 * @param connections HTTP connections (and requests in flight)
 * @param rate open-loop arrival rate in requests/s, or 0 for closed loop
 * @param entities population size for scenarios that pre-create entities
 * @param tenant NGSILD-Tenant header value, empty for the default tenant
 * @param reportDir where to write report.md and charts, empty for none
 * @param compareUrl base URL of broker B, empty when not comparing
 * @param notifyHost host name or address the broker uses to reach the notification receiver
 * @param notifyPort port of the notification receiver, 0 for a random one
 * @param notifyFailures fraction (0 to 1) of notification requests the receiver answers with 500
 * @param grace how long to wait for late notifications before counting losses
 * @param batchSize entities per batch operation
 * @param seed random seed for generated data and request choices
 * @param commandLine the arguments as given, for the report
 */
public record BenchOptions(
    String url,
    List<String> scenarios,
    Duration duration,
    Duration warmup,
    int connections,
    double rate,
    int entities,
    Optional<String> tenant,
    Optional<Path> reportDir,
    Optional<String> compareUrl,
    String notifyHost,
    int notifyPort,
    double notifyFailures,
    Duration grace,
    int batchSize,
    long seed,
    List<String> commandLine) {

  public BenchOptions {
    scenarios = List.copyOf(scenarios);
    commandLine = List.copyOf(commandLine);
  }

  /** True when requests are scheduled at a constant rate instead of back to back. */
  public boolean openLoop() {
    return rate > 0;
  }
}
