package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At-least-once across a crash: a broker process with retries pending (its receiver is down) is
 * killed; the restarted broker delivers every pending notification once the receiver is up.
 */
class CrashRecoveryTest {
  private static final int COUNT = 20;
  private static final Duration WAIT = Duration.ofSeconds(40);

  @TempDir Path directory;

  @Test
  void pendingNotificationsSurviveAKilledBroker() throws Exception {
    int port = freePort();
    String url = "http://127.0.0.1:" + port + "/restart";

    Process first = start(url, COUNT, "first");
    try {
      List<String> lines = output(first);
      await().atMost(WAIT).until(() -> lines.contains("ENQUEUED " + COUNT));
      await().atMost(WAIT).until(() -> count(lines, "RETRY ") >= COUNT);
      first.destroyForcibly();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      first.destroyForcibly();
    }
    assertThat(first.exitValue()).isEqualTo(137); // SIGKILL: no shutdown hook, no release

    Vertx vertx = Vertx.vertx();
    Process second = start(url, 0, "second");
    try (TestReceiver receiver = TestReceiver.start(vertx, TestReceiver.ok(), port)) {
      List<String> lines = output(second);
      Set<String> ids =
          IntStream.range(0, COUNT)
              .mapToObj(n -> "urn:ngsi-ld:Notification:restart-" + n)
              .collect(Collectors.toSet());
      await().atMost(WAIT).until(() -> receiver.acceptedIds().equals(ids));

      second.getOutputStream().close();
      await().atMost(WAIT).until(() -> lines.stream().anyMatch(l -> l.startsWith("REMAINING")));
      assertThat(lines).contains("REMAINING 0").noneMatch(l -> l.startsWith("FAILED"));
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      second.destroyForcibly();
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  private Process start(String url, int count, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            NotifierProcess.class.getName(),
            directory.resolve("data").toString(),
            url,
            Integer.toString(count))
        .redirectError(directory.resolve(name + ".log").toFile())
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
              } catch (IOException | java.io.UncheckedIOException ended) {
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
