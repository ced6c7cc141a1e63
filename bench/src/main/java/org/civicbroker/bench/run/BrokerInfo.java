package org.civicbroker.bench.run;

import java.time.Duration;
import org.civicbroker.bench.http.Await;
import org.civicbroker.bench.http.BrokerClient;
import org.civicbroker.bench.http.HttpResult;

/**
 * Whatever the broker says about itself.
 *
 * @param sourceIdentity answer of GET /ngsi-ld/v1/info/sourceIdentity, or "unknown (...)"
 * @param quarkusInfo answer of GET /q/info, or "unknown (...)"
 */
public record BrokerInfo(String sourceIdentity, String quarkusInfo) {
  private static final int MAX = 600;

  public static BrokerInfo probe(BrokerClient client) {
    return new BrokerInfo(
        ask(client, BrokerClient.API + "/info/sourceIdentity"), ask(client, "/q/info"));
  }

  private static String ask(BrokerClient client, String path) {
    try {
      HttpResult r =
          Await.result(
              client.send(io.vertx.core.http.HttpMethod.GET, path, null, null),
              Duration.ofSeconds(10));
      return r.ok() ? r.bodySnippet(MAX) : "unknown (HTTP " + r.status() + ")";
    } catch (RuntimeException e) {
      return "unknown (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }
  }
}
