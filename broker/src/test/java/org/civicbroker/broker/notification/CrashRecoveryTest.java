package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At-least-once across a crash: a broker process with retries pending (its receiver is down) is
 * killed; a broker started again on the same data delivers every pending notification once the
 * receiver is up.
 */
class CrashRecoveryTest {
  static final String LEASE = "3s";
  private static final int COUNT = 12;
  private static final Duration WAIT = Duration.ofSeconds(40);

  @TempDir Path directory;

  @Test
  void pendingNotificationsSurviveAKilledBroker() throws Exception {
    int port = freePort();
    String url = "http://127.0.0.1:" + port + "/restart";
    Process crashing = start(url);
    try {
      List<String> lines = output(crashing);
      await().atMost(WAIT).until(() -> lines.contains("ENQUEUED " + COUNT));
      await().atMost(WAIT).until(() -> count(lines, "RETRY ") >= COUNT);
      crashing.destroyForcibly();
      assertThat(crashing.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(lines).noneMatch(l -> l.startsWith("DELIVERED") || l.startsWith("FAILED"));
    } finally {
      crashing.destroyForcibly();
    }
    assertThat(crashing.exitValue()).isEqualTo(137); // SIGKILL: no shutdown, no release

    try (NotifierHarness restarted =
            NotifierHarness.onEmbedded(directory.resolve("data"), Map.of("outbox.lease", LEASE));
        TestReceiver receiver = TestReceiver.start(restarted.vertx(), TestReceiver.ok(), port)) {
      Set<String> ids =
          IntStream.range(0, COUNT)
              .mapToObj(n -> "urn:ngsi-ld:Notification:restart-" + n)
              .collect(Collectors.toSet());
      await().atMost(WAIT).until(() -> receiver.acceptedIds().equals(ids));
      await().atMost(WAIT).until(() -> restarted.pending() == 0);
      assertThat(restarted.listener.kinds("urn:ngsi-ld:Subscription:restart"))
          .containsOnly("delivered")
          .hasSizeGreaterThanOrEqualTo(COUNT);
    }
  }

  private Process start(String url) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            NotifierProcess.class.getName(),
            directory.resolve("data").toString(),
            url,
            Integer.toString(COUNT))
        .redirectError(directory.resolve("notifier.log").toFile())
        .start();
  }

  /** The process's standard output lines, collected as they come. */
  private static List<String> output(Process process) {
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
              } catch (IOException | UncheckedIOException ended) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static long count(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).count();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
