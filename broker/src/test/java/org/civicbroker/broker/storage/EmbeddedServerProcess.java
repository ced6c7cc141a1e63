package org.civicbroker.broker.storage;

import java.io.IOException;
import java.nio.file.Path;
import org.civicbroker.broker.config.StorageConfig.Backend;

/**
 * Runs an embedded H2 server in a process of its own, so that a test can kill it (SIGKILL) like a
 * crash. Arguments: data directory, fsync flag. Prints {@code PORT <n>} once it listens, then waits
 * for its standard input to close.
 */
public final class EmbeddedServerProcess {
  public static final String PORT_LINE = "PORT ";

  private EmbeddedServerProcess() {}

  public static void main(String[] args) throws IOException {
    EmbeddedMongoServer server =
        EmbeddedMongoServer.start(Backend.H2, Path.of(args[0]), 0, Boolean.parseBoolean(args[1]));
    System.out.println(PORT_LINE + server.port());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the parent: it kills this process or closes standard input
    }
    server.close();
  }
}
