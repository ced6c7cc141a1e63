package org.civicbroker.broker.notification;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code mosquitto} MQTT server on a free 127.0.0.1 port, requiring a user name and
 * password, for the length of a test. {@code .ci/run} installs the Debian package.
 */
public final class Mosquitto implements AutoCloseable {
  public static final String USER = "notifier";
  public static final String PASSWORD = "s3cret";

  private final Process process;
  private final int port;

  private Mosquitto(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The mosquitto binary, if installed (it lives in /usr/sbin, often not on a user's PATH). */
  public static Optional<Path> binary() {
    return find("mosquitto");
  }

  /** The mosquitto_passwd tool, if installed. */
  public static Optional<Path> passwordTool() {
    return find("mosquitto_passwd");
  }

  private static Optional<Path> find(String name) {
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/usr/local/sbin";
    return Stream.of(path.split(":"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  public static Mosquitto start(Path directory) throws IOException, InterruptedException {
    Path passwords = directory.resolve("passwd");
    Process tool =
        new ProcessBuilder(
                passwordTool().orElseThrow().toString(),
                "-b",
                "-c",
                passwords.toString(),
                USER,
                PASSWORD)
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("passwd.log").toFile())
            .start();
    if (!tool.waitFor(30, TimeUnit.SECONDS) || tool.exitValue() != 0) {
      throw new IllegalStateException("mosquitto_passwd failed: " + read(directory, "passwd.log"));
    }
    int port = freePort();
    Path config = directory.resolve("mosquitto.conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "listener " + port + " 127.0.0.1",
            "allow_anonymous false",
            "password_file " + passwords,
            "persistence false",
            "user root",
            "log_dest stderr",
            ""));
    Process process =
        new ProcessBuilder(binary().orElseThrow().toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("mosquitto.log").toFile())
            .start();
    Mosquitto mosquitto = new Mosquitto(process, port);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> mosquitto.listening(directory));
    return mosquitto;
  }

  private boolean listening(Path directory) {
    if (!process.isAlive()) {
      throw new IllegalStateException("mosquitto ended: " + read(directory, "mosquitto.log"));
    }
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static String read(Path directory, String file) {
    try {
      return Files.readString(directory.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  /** An endpoint URI on this server, with credentials. */
  public String uri(String user, String password, String topic) {
    return "mqtt://" + user + ":" + password + "@127.0.0.1:" + port + "/" + topic;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
