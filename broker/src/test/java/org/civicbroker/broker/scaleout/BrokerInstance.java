package org.civicbroker.broker.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * One broker instance from the packaged jar ({@code -Dbroker.jar}), on a free port, with the Kafka
 * transport and a shared MongoDB-wire store; its readiness and metrics read over HTTP.
 */
final class BrokerInstance implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChildProcess process;
  private final String url;

  private BrokerInstance(ChildProcess process, int port) {
    this.process = process;
    this.url = "http://127.0.0.1:" + port;
  }

  /** Starts an instance; {@link #awaitReady} waits for it. */
  static BrokerInstance start(String name, Path logDir, String mongoUri, String kafkaBootstrap)
      throws IOException {
    Path jar = Path.of(System.getProperty("broker.jar", "target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No packaged broker at " + jar.toAbsolutePath());
    }
    int port = ChildProcess.freePort();
    Map<String, String> env =
        Map.of(
            "QUARKUS_HTTP_PORT",
            Integer.toString(port),
            "QUARKUS_HTTP_HOST",
            "127.0.0.1",
            "QUARKUS_MONGODB_CONNECTION_STRING",
            mongoUri,
            "BROKER_EVENTS_TRANSPORT",
            "kafka",
            "KAFKA_BOOTSTRAP_SERVERS",
            kafkaBootstrap);
    ChildProcess process =
        ChildProcess.java(
            name, logDir.resolve(name + ".log"), env, List.of("-Xmx384m", "-jar", jar.toString()));
    return new BrokerInstance(process, port);
  }

  String url() {
    return url;
  }

  void awaitReady() {
    Awaitility.await("broker ready at " + url + " (log: " + process.log() + ")")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              process.checkAlive();
              try {
                return get("/q/health/ready").statusCode() == 200;
              } catch (IOException e) {
                return false;
              }
            });
  }

  /** The number of subscriptions this instance's in-memory registry holds. */
  int registeredSubscriptions() throws IOException, InterruptedException {
    JsonNode health = JSON.readTree(get("/q/health/ready").body());
    for (JsonNode check : health.path("checks")) {
      if (check.path("name").asText().equals("subscription-registry")) {
        return check.path("data").path("subscriptions").asInt();
      }
    }
    throw new IllegalStateException("No subscription-registry check: " + health);
  }

  /** The sum of the samples of a Prometheus metric (all tags), 0 when absent. */
  double metric(String name) throws IOException, InterruptedException {
    double sum = 0;
    for (String line : get("/q/metrics").body().split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
