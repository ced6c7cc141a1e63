package org.civicbroker.conformance.notifications;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.civicbroker.conformance.NotificationReceiver;

/**
 * A real {@code mosquitto} MQTT server for one test, on a free port, anonymous access. Listens on
 * 127.0.0.1, or on every interface when {@code -Dcontext.host} is set (a remote broker must reach
 * it). {@code .ci/run} installs the Debian package.
 */
final class MqttServer implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private MqttServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The mosquitto binary, if installed (Debian puts it in /usr/sbin, often not on the PATH). */
  static Optional<Path> binary() {
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
    return Stream.of(path.split(":"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "mosquitto"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  static MqttServer start(Path directory) throws IOException {
    int port = NotificationReceiver.freePort();
    boolean remote = !System.getProperty("context.host", "").isBlank();
    Path config = directory.resolve("mosquitto.conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "listener " + port + (remote ? "" : " 127.0.0.1"),
            "allow_anonymous true",
            "persistence false",
            "log_dest stderr",
            // as root, mosquitto would switch to a "mosquitto" user that may not exist
            "root".equals(System.getProperty("user.name")) ? "user root" : "",
            ""));
    Path log = directory.resolve("mosquitto.log");
    Process process =
        new ProcessBuilder(binary().orElseThrow().toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    MqttServer server = new MqttServer(process, port, log);
    Awaitility.await("mosquitto listening")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(server::listening);
    return server;
  }

  private boolean listening() throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException("mosquitto ended: " + Files.readString(log));
    }
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** The URL for a test's MQTT client. */
  String clientUrl() {
    return "tcp://127.0.0.1:" + port;
  }

  /** The endpoint URI of a topic, as the broker under test reaches it. */
  String endpoint(String topic) {
    return "mqtt://" + NotificationReceiver.advertisedHost() + ":" + port + "/" + topic;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
