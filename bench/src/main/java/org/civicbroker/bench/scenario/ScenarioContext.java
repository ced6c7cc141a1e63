package org.civicbroker.bench.scenario;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Consumer;
import org.civicbroker.bench.http.BrokerClient;

/**
 * What a scenario gets to work with.
 *
 * @param vertx the shared Vert.x instance
 * @param client client for the broker under test
 * @param runId unique id of this run against this broker, part of every id and type created
 * @param entities population size for scenarios with pre-created entities
 * @param connections connections to the broker, also the setup parallelism bound
 * @param batchSize entities per batch operation
 * @param seed random seed
 * @param notifyHost host the broker uses to reach the notification receiver
 * @param notifyPort port of the notification receiver, 0 for random
 * @param grace how long to wait for late notifications
 * @param log receives human-readable setup/teardown messages
 */
public record ScenarioContext(
    Vertx vertx,
    BrokerClient client,
    String runId,
    int entities,
    int connections,
    int batchSize,
    long seed,
    String notifyHost,
    int notifyPort,
    double notifyFailures,
    Duration grace,
    Consumer<String> log) {

  /** An entity id of this run: {@code urn:ngsi-ld:Bench<kind>:<runId>:<n>}. */
  public String entityId(String kind, long n) {
    return "urn:ngsi-ld:Bench" + kind + ":" + runId + ":" + n;
  }

  /** An entity type unique to this run: {@code Bench<kind>_<runId>_<n>}. */
  public String entityType(String kind, int n) {
    return "Bench" + kind + "_" + runId + "_T" + n;
  }

  public BulkOps bulk() {
    return new BulkOps(client, Math.min(connections, 4), batchSize);
  }
}
