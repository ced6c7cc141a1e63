package org.civicbroker.broker.scaleout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.awaitility.Awaitility;

/**
 * A single-node Kafka in KRaft mode (broker and controller in one process), started from the {@code
 * kafka_2.13} jar and its dependencies on the test class path (failsafe adds them, see the broker
 * pom): formats its storage with {@code kafka.tools.StorageTool}, then runs {@code kafka.Kafka}
 * with {@code kafka/server.properties} on two free ports. No Docker.
 */
final class KafkaServer implements AutoCloseable {
  private final ChildProcess process;
  private final String bootstrap;

  private KafkaServer(ChildProcess process, int port) {
    this.process = process;
    this.bootstrap = "127.0.0.1:" + port;
  }

  static KafkaServer start(Path dir) throws IOException, InterruptedException {
    int port = ChildProcess.freePort();
    Path config = dir.resolve("server.properties");
    Files.writeString(
        config,
        template()
            .replace("${port}", Integer.toString(port))
            .replace("${controllerPort}", Integer.toString(ChildProcess.freePort()))
            .replace("${logDir}", dir.resolve("data").toString()));
    String cp = ChildProcess.testClassPath();
    ChildProcess.java(
            "kafka-storage format",
            dir.resolve("format.log"),
            Map.of(),
            List.of(
                "-cp",
                cp,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                config.toString()))
        .awaitSuccess(120);
    ChildProcess kafka =
        ChildProcess.java(
            "kafka",
            dir.resolve("kafka.log"),
            Map.of(),
            List.of("-Xmx384m", "-cp", cp, "kafka.Kafka", config.toString()));
    return new KafkaServer(kafka, port);
  }

  String bootstrap() {
    return bootstrap;
  }

  Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return Admin.create(props);
  }

  /** Creates the topics, retrying until the server accepts (it may still be starting). */
  void createTopics(int partitions, String... names) {
    try (Admin admin = admin()) {
      for (String name : names) {
        Awaitility.await("Kafka creates " + name + " (log: " + process.log() + ")")
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .ignoreExceptions()
            .until(() -> created(admin, new NewTopic(name, partitions, (short) 1)));
      }
    }
  }

  private boolean created(Admin admin, NewTopic topic) throws Exception {
    process.checkAlive();
    try {
      admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    return true;
  }

  private static String template() throws IOException {
    try (InputStream in = KafkaServer.class.getResourceAsStream("/kafka/server.properties")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
