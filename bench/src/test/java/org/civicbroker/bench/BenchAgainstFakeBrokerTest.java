package org.civicbroker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import java.util.stream.Stream;
import org.civicbroker.bench.run.BenchRunner;
import org.civicbroker.bench.run.RunResult;
import org.civicbroker.bench.run.ScenarioResult;
import org.civicbroker.bench.scenario.Metric;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BenchAgainstFakeBrokerTest {
  private FakeBroker broker;

  @AfterEach
  void stop() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  private RunResult run(String args) throws CliException {
    String[] all =
        Stream.concat(
                Stream.of("--url", broker.url(), "--warmup", "0s", "--seed", "7"),
                Stream.of(args.split(" ")))
            .toArray(String[]::new);
    return new BenchRunner(Cli.parse(all), line -> {}).run();
  }

  private static ScenarioResult only(RunResult run) {
    assertThat(run.results()).hasSize(1);
    ScenarioResult r = run.results().get(0);
    assertThat(r.failure()).isEmpty();
    return r;
  }

  private static double metric(ScenarioResult r, String name) {
    return r.metrics().stream()
        .filter(m -> m.name().equals(name))
        .mapToDouble(Metric::value)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void getByIdCountsMatchWhatTheBrokerSawAndTeardownEmptiesIt() throws Exception {
    broker = new FakeBroker();
    ScenarioResult r =
        only(
            run(
                "--scenario get-by-id --duration 1s --entities 120 --batch-size 50 --connections 4 --tenant city"));

    assertThat(r.requests()).isPositive().isEqualTo(broker.count("GET /entities/{id}"));
    assertThat(r.errors()).isEmpty();
    assertThat(broker.count("POST /entityOperations/upsert")).isEqualTo(3);
    assertThat(broker.count("POST /entityOperations/delete")).isEqualTo(3);
    assertThat(broker.entities).isEmpty();
    assertThat(broker.tenants).containsExactly("city");
  }

  @Test
  void openLoopRateIsRespected() throws Exception {
    broker = new FakeBroker();
    ScenarioResult r = only(run("--scenario patch-attrs --duration 2s --rate 150 --entities 20"));

    long expected = 300; // 150 req/s for 2 s
    long tolerance = expected / 50 + 1; // 2 %
    assertThat(broker.count("PATCH /entities/{id}/attrs"))
        .isBetween(expected - tolerance, expected + tolerance);
    assertThat(r.requests()).isEqualTo(broker.count("PATCH /entities/{id}/attrs"));
    assertThat(r.unsent()).isLessThanOrEqualTo(tolerance);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void everyScenarioRunsCleanlyAndLeavesTheBrokerEmpty() throws Exception {
    broker = new FakeBroker();
    RunResult run =
        run(
            "--scenario all --duration 1s --entities 60 --batch-size 25 --connections 4 --rate 200 --grace 3s");

    assertThat(run.results())
        .extracting(ScenarioResult::scenario)
        .containsExactlyElementsOf(org.civicbroker.bench.scenario.ScenarioRegistry.NAMES);
    for (ScenarioResult r : run.results()) {
      assertThat(r.failure()).as(r.scenario()).isEmpty();
      assertThat(r.requests()).as(r.scenario()).isPositive();
      assertThat(r.errors()).as(r.scenario()).isEmpty();
    }
    assertThat(broker.entities).isEmpty();
    assertThat(broker.subscriptions).isEmpty();
    assertThat(broker.count("POST /entities"))
        .isEqualTo(run.find("create", run.targets().get(0)).orElseThrow().requests());
  }

  @Test
  void queriesAreUrlEncodedAsNgsiLdExpects() throws Exception {
    broker = new FakeBroker();
    only(run("--scenario query-type-q --duration 300ms --entities 25"));
    assertThat(broker.lastQuery)
        .containsEntry("q", "temperature>20;status==\"ok\"")
        .containsEntry("limit", "20");
    assertThat(broker.lastQuery.get("type")).matches("BenchQuery_\\w+_T[0-4]");

    only(run("--scenario query-geo --duration 300ms --entities 25"));
    assertThat(broker.lastQuery)
        .containsEntry("georel", "near;maxDistance==500")
        .containsEntry("geometry", "Point");
    JsonArray coordinates = new JsonArray(broker.lastQuery.get("coordinates"));
    assertThat(coordinates.getDouble(0)).isBetween(13.30, 13.50);
    assertThat(coordinates.getDouble(1)).isBetween(52.46, 52.58);
    assertThat(broker.entities).isEmpty();
  }

  @Test
  void fallsBackToSingleRequestsWithoutBatchOperations() throws Exception {
    broker = new FakeBroker().withoutBatch();
    ScenarioResult r = only(run("--scenario mixed --duration 500ms --entities 40"));

    assertThat(broker.count("POST /entities")).isEqualTo(40);
    assertThat(broker.count("DELETE /entities/{id}")).isEqualTo(40);
    assertThat(r.requests())
        .isEqualTo(
            broker.count("PATCH /entities/{id}/attrs")
                + broker.count("GET /entities")
                + broker.count("GET /entities/{id}"));
    assertThat(broker.entities).isEmpty();
  }

  @Test
  void notifyCountsDeliberatelyDroppedNotificationsAsLostExactly() throws Exception {
    broker = new FakeBroker().dropNotifications(7);
    // 50 entities for 100 subscriptions: every update is watched by two subscriptions
    ScenarioResult r =
        only(run("--scenario notify --duration 1s --rate 60 --entities 50 --grace 2s"));

    long updates = broker.count("PATCH /entities/{id}/attrs");
    assertThat(r.requests()).isEqualTo(updates);
    assertThat(broker.count("POST /subscriptions")).isEqualTo(100);
    assertThat(broker.notificationsDropped.get()).isEqualTo(7);
    assertThat(metric(r, "expected")).isEqualTo(2.0 * updates);
    assertThat(metric(r, "lost")).isEqualTo(7);
    assertThat(metric(r, "received")).isEqualTo(2.0 * updates - 7);
    assertThat(metric(r, "duplicates")).isZero();
    assertThat(r.deliveryMicros().orElseThrow().getTotalCount()).isEqualTo(2 * updates - 7);
    assertThat(broker.subscriptions).isEmpty();
    assertThat(broker.entities).isEmpty();
  }

  @Test
  void rejectedNotificationsAreNotReceivedAndShowAsLostWhenNotRetried() throws Exception {
    broker = new FakeBroker(); // sends each notification once, never retries
    ScenarioResult r =
        only(
            run(
                "--scenario notify --duration 1s --rate 60 --entities 50 --grace 2s"
                    + " --notify-failures 0.5"));

    long updates = broker.count("PATCH /entities/{id}/attrs");
    double rejected = metric(r, "rejected (500)");
    assertThat(rejected).isBetween(0.25 * 2 * updates, 0.75 * 2 * updates);
    assertThat(metric(r, "lost")).isEqualTo(rejected);
    assertThat(metric(r, "received")).isEqualTo(2.0 * updates - rejected);
  }

  @Test
  void batchUpsertReportsEntitiesPerSecond() throws Exception {
    broker = new FakeBroker();
    ScenarioResult r =
        only(
            run(
                "--scenario batch-upsert --duration 500ms --entities 30 --batch-size 20 --connections 2"));

    assertThat(r.requests()).isEqualTo(broker.count("POST /entityOperations/upsert"));
    assertThat(metric(r, "entities/s")).isEqualTo(r.requests() * 20 / 0.5);
    assertThat(broker.entities).isEmpty();
  }
}
