package org.civicbroker.bench.run;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.civicbroker.bench.BenchOptions;
import org.civicbroker.bench.http.Await;
import org.civicbroker.bench.http.BrokerClient;
import org.civicbroker.bench.load.LoadDriver;
import org.civicbroker.bench.load.Progress;
import org.civicbroker.bench.load.Recorder;
import org.civicbroker.bench.scenario.Scenario;
import org.civicbroker.bench.scenario.ScenarioContext;
import org.civicbroker.bench.scenario.ScenarioRegistry;

/**
 * Runs the chosen scenarios against broker A, and with --compare alternately against broker B
 * (scenario 1 on A, scenario 1 on B, scenario 2 on A, ...). Each scenario sets up its data, is
 * driven for warmup + duration, and tears its data down again.
 */
public final class BenchRunner {
  private final BenchOptions options;
  private final Consumer<String> log;
  private final String runId = newRunId();

  public BenchRunner(BenchOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public RunResult run() {
    Instant started = Instant.now();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(4));
    Map<Target, BrokerClient> clients = new LinkedHashMap<>();
    try {
      clients.put(new Target("A", options.url()), client(vertx, options.url()));
      options.compareUrl().ifPresent(u -> clients.put(new Target("B", u), client(vertx, u)));
      Map<Target, BrokerInfo> infos = new LinkedHashMap<>();
      clients.forEach((t, c) -> infos.put(t, BrokerInfo.probe(c)));
      List<ScenarioResult> results = new ArrayList<>();
      for (String name : options.scenarios()) {
        clients.forEach((t, c) -> results.add(runOne(vertx, name, t, c)));
      }
      return new RunResult(options, runId, started, infos, results);
    } finally {
      clients.values().forEach(BrokerClient::close);
      Await.result(vertx.close(), Duration.ofSeconds(30));
    }
  }

  private BrokerClient client(Vertx vertx, String url) {
    return new BrokerClient(vertx, url, options.tenant(), options.connections());
  }

  private ScenarioResult runOne(Vertx vertx, String name, Target target, BrokerClient client) {
    log.accept("== " + name + " on " + target.label() + " (" + target.url() + ") ==");
    Scenario scenario = ScenarioRegistry.create(name, context(vertx, target, client));
    try {
      scenario.setup();
      return measure(vertx, scenario, target);
    } catch (RuntimeException e) {
      log.accept(name + " on " + target.label() + " failed: " + e.getMessage());
      return ScenarioResult.failed(name, target, String.valueOf(e.getMessage()));
    } finally {
      try {
        scenario.teardown();
      } catch (RuntimeException e) {
        log.accept("teardown of " + name + " failed: " + e.getMessage());
      }
    }
  }

  private ScenarioContext context(Vertx vertx, Target target, BrokerClient client) {
    return new ScenarioContext(
        vertx,
        client,
        runId + target.label().toLowerCase(Locale.ROOT),
        options.entities(),
        options.connections(),
        options.batchSize(),
        options.seed(),
        options.notifyHost(),
        options.notifyPort(),
        options.notifyFailures(),
        options.grace(),
        log);
  }

  private ScenarioResult measure(Vertx vertx, Scenario scenario, Target target) {
    double rate = options.openLoop() ? options.rate() : scenario.defaultRate();
    LoadDriver.Config config =
        new LoadDriver.Config(options.connections(), rate, options.warmup(), options.duration());
    Recorder recorder = new Recorder();
    Progress progress = new Progress(scenario.name() + " @" + target.label(), log);
    LoadDriver.Summary summary = LoadDriver.run(vertx, config, scenario, recorder, progress);
    scenario.afterLoad();
    double seconds = options.duration().toNanos() / 1e9;
    return new ScenarioResult(
        scenario.name(),
        target,
        seconds,
        describe(rate),
        recorder.requests(),
        recorder.errors(),
        recorder.latencyMicros(),
        recorder.perSecond(),
        summary.unsent(),
        summary.abandoned(),
        scenario.metrics(recorder, seconds),
        scenario.deliveryLatencyMicros(),
        Optional.empty());
  }

  private String describe(double rate) {
    String conns = options.connections() + " connections";
    return rate > 0
        ? String.format(Locale.ROOT, "open loop, %.1f req/s, %s", rate, conns)
        : "closed loop, " + conns;
  }

  public String runId() {
    return runId;
  }

  /** Eight lowercase letters and digits, unique enough to keep runs' data apart. */
  static String newRunId() {
    String time = Long.toString(System.currentTimeMillis() % 2_176_782_336L, 36);
    String rnd = Long.toString(ThreadLocalRandom.current().nextLong(1_296L, 46_656L), 36);
    return time + rnd;
  }
}
