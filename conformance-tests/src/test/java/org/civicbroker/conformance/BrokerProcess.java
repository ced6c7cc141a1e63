package org.civicbroker.conformance;

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
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A broker jar process of a test's own, for what only a local broker allows: configuration through
 * environment variables (e.g. fast retries) and crashes ({@link #kill}). Starts on a free port with
 * the given data directory, so a restarted broker finds what its predecessor stored.
 */
public final class BrokerProcess implements AutoCloseable {
  private final Process process;
  private final String url;
  private final Path log;

  private BrokerProcess(Process process, String url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /** Starts the packaged jar ({@code -Dbroker.jar}) and waits until it is ready. */
  public static BrokerProcess start(Path data, Map<String, String> environment) {
    return start(data, environment, List.of("-Xmx384m"));
  }

  /**
   * Starts the packaged jar with these JVM options (always with {@code
   * -XX:+ExitOnOutOfMemoryError}, as every launch path of the broker) and waits until it is ready.
   */
  public static BrokerProcess start(
      Path data, Map<String, String> environment, List<String> jvmOptions) {
    Path jar =
        Path.of(System.getProperty("broker.jar", "../broker/target/quarkus-app/quarkus-run.jar"));
    try {
      int port = NotificationReceiver.freePort();
      Path log = Files.createTempFile("notification-broker", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command(jvmOptions, jar))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
      builder.environment().put("BROKER_STORAGE_PATH", data.toString());
      builder.environment().remove("QUARKUS_MONGODB_CONNECTION_STRING");
      BrokerProcess broker = new BrokerProcess(builder.start(), "http://127.0.0.1:" + port, log);
      broker.awaitReady("http://127.0.0.1:" + port + "/q/health/ready");
      return broker;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start a broker", e);
    }
  }

  private static List<String> command(List<String> jvmOptions, Path jar) {
    List<String> command = new java.util.ArrayList<>();
    command.add(java());
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }

  /** The process id, e.g. for {@code jcmd}. */
  public long pid() {
    return process.pid();
  }

  /** Whether the process is running. */
  public boolean alive() {
    return process.isAlive();
  }

  /** The broker's root URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return url;
  }

  /** Ends the process at once, as a crash would (no shutdown hooks, nothing flushed). */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** The broker's log so far, for failure messages. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private void awaitReady(String readiness) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(readiness)).build();
    Awaitility.await("broker ready (log: " + log + ")")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
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

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
