package org.civicbroker.broker.admin;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A broker from the packaged jar ({@code -Dbroker.jar}) in a process of its own, on a free port,
 * configured by environment variables, its output in a log file. Closing it stops it as an operator
 * would (SIGTERM: the store is closed cleanly).
 */
final class BrokerJar implements AutoCloseable {
  private final Process process;
  private final Path log;
  private final String url;

  private BrokerJar(Process process, Path log, String url) {
    this.process = process;
    this.log = log;
    this.url = url;
  }

  /** Starts a broker with these environment variables and waits until it is ready. */
  static BrokerJar start(String name, Path logs, Map<String, String> env, String maxHeap)
      throws IOException {
    Path jar = Path.of(System.getProperty("broker.jar", "target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No packaged broker at " + jar.toAbsolutePath());
    }
    int port = freePort();
    Path log = logs.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java(), "-Xmx" + maxHeap, "-jar", jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("QUARKUS_MONGODB_CONNECTION_STRING");
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
    BrokerJar broker = new BrokerJar(builder.start(), log, "http://127.0.0.1:" + port);
    broker.awaitReady();
    return broker;
  }

  String url() {
    return url;
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build();
    Awaitility.await("broker ready at " + url + " (log: " + log + ")")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException("Broker exited: " + log());
              }
              try {
                return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode()
                    == 200;
              } catch (IOException notYet) {
                return false;
              }
            });
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
