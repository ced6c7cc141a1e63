package org.civicbroker.broker.scaleout;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started by a test, its output in a log file; closing it stops it (SIGTERM, then SIGKILL
 * after 30 s). Also the helpers the scale-out test needs to start one.
 */
final class ChildProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code java <jvmArgs...>} with extra environment variables, output to {@code log}. */
  static ChildProcess java(String name, Path log, Map<String, String> env, List<String> jvmArgs)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new ChildProcess(name, builder.start(), log);
  }

  /** Waits for the process to end by itself; fails unless it exits with 0 within the time. */
  void awaitSuccess(long seconds) throws IOException, InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " failed: " + Files.readString(log));
    }
  }

  /** Fails with the log when the process has ended. */
  void checkAlive() throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited: " + Files.readString(log));
    }
  }

  Process process() {
    return process;
  }

  Path log() {
    return log;
  }

  /** The class path of this test JVM (surefire/failsafe: a jar whose manifest lists it). */
  static String testClassPath() {
    return System.getProperty("java.class.path");
  }

  /** A port free on 127.0.0.1 right now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
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
