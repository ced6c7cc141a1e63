package org.civicbroker.broker.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Runs the MongoDB test server (memory backend) in a process of its own, standing in for an
 * external MongoDB that several broker processes share. Prints {@code PORT <n>} once it listens,
 * then waits for its standard input to close.
 */
public final class MongoServerProcess {
  public static final String PORT_LINE = "PORT ";

  private MongoServerProcess() {}

  public static void main(String[] args) throws IOException {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    System.out.println(PORT_LINE + address.getPort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the parent: it kills this process or closes standard input
    }
    server.shutdownNow();
  }
}
