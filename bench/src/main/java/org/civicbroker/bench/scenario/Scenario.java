package org.civicbroker.bench.scenario;

import java.util.List;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.civicbroker.bench.load.Recorder;
import org.civicbroker.bench.load.RequestSource;

/**
 * One benchmark scenario: sets up its own data, issues one request at a time for the driver, and
 * removes its data afterwards. The runner calls, in order: {@link #setup()}, {@link #execute(long)}
 * many times, {@link #afterLoad()}, {@link #metrics}, {@link #teardown()}.
 */
public interface Scenario extends RequestSource {

  String name();

  /** Creates the data the scenario needs. Blocking; called from the runner's thread. */
  void setup();

  /** Called once the load has stopped and every request has been answered. Blocking. */
  default void afterLoad() {}

  /** Scenario-specific results beyond latency and throughput (e.g. entities/s, losses). */
  default List<Metric> metrics(Recorder recorder, double measuredSeconds) {
    return List.of();
  }

  /** A second latency distribution to chart, in microseconds (notification delivery). */
  default Optional<Histogram> deliveryLatencyMicros() {
    return Optional.empty();
  }

  /** Removes everything {@link #setup()} and the requests created. Blocking; must not throw. */
  void teardown();

  /** Arrival rate to use when none was given; 0 means closed loop. */
  default double defaultRate() {
    return 0;
  }
}
