package org.civicbroker.conformance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The broker the conformance tests talk to: {@code -Dbroker.url} when given, otherwise the packaged
 * jar ({@code -Dbroker.jar}) started once per test run on a free port, and stopped when the JVM
 * exits: on its embedded store in a temporary data directory, or, with {@code
 * -Dbroker.engine=mongodb}, on a MongoDB (the MongoDB test server, started here) with queries
 * pushed down to the store ({@code BROKER_QUERY_ENGINE=store}).
 */
public final class BrokerUnderTest {
  private static String baseUrl;

  private BrokerUnderTest() {}

  /** The broker's base URL, e.g. {@code http://127.0.0.1:41234}; starts the jar on first use. */
  public static synchronized String baseUrl() {
    if (baseUrl == null) {
      String given = System.getProperty("broker.url", "");
      baseUrl = given.isBlank() ? start() : stripSlash(given);
    }
    return baseUrl;
  }

  /** True when the tests run against a broker they started themselves (not an external URL). */
  public static boolean isLocal() {
    return System.getProperty("broker.url", "").isBlank();
  }

  /** True when the broker under test was started on MongoDB. */
  public static boolean onMongo() {
    return isLocal() && "mongodb".equals(System.getProperty("broker.engine", ""));
  }

  private static String start() {
    Path jar =
        Path.of(System.getProperty("broker.jar", "../broker/target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "No broker jar at " + jar.toAbsolutePath() + ": build it or pass -Dbroker.url");
    }
    try {
      int port = freePort();
      Path data = Files.createTempDirectory("conformance-data");
      Path log = Files.createTempFile("conformance-broker", ".log");
      List<String> command =
          new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar.toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
      builder.environment().put("BROKER_STORAGE_PATH", data.toString());
      builder.environment().remove("QUARKUS_MONGODB_CONNECTION_STRING");
      if (onMongo()) {
        builder.environment().put("QUARKUS_MONGODB_CONNECTION_STRING", TestMongoServer.start());
        builder.environment().put("BROKER_QUERY_ENGINE", "store");
      }
      Process process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      String url = "http://127.0.0.1:" + port;
      awaitReady(url, process, log);
      return url;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the broker", e);
    }
  }

  private static void awaitReady(String url, Process process, Path log) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build();
    Awaitility.await("broker ready at " + url + " (log: " + log + ")")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException("Broker exited: " + Files.readString(log));
              }
              try {
                return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode()
                    == 200;
              } catch (IOException e) {
                return false;
              }
            });
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
