package org.civicbroker.broker.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicbroker.broker.storage.MongoServerProcess;

/** The MongoDB test server (memory backend) in a process of its own, as an external MongoDB. */
final class MongoProcess implements AutoCloseable {
  private final Process process;
  private final String uri;

  private MongoProcess(Process process, String uri) {
    this.process = process;
    this.uri = uri;
  }

  static MongoProcess start(Path logs) throws IOException {
    Process process =
        new ProcessBuilder(
                List.of(
                    BrokerJar.java(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    MongoServerProcess.class.getName()))
            .redirectError(logs.resolve("mongo.log").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith(MongoServerProcess.PORT_LINE)) {
      process.destroyForcibly();
      throw new IllegalStateException("The MongoDB test server did not start: " + line);
    }
    String port = line.substring(MongoServerProcess.PORT_LINE.length()).trim();
    return new MongoProcess(process, "mongodb://127.0.0.1:" + port);
  }

  /** The connection string. */
  String uri() {
    return uri;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
