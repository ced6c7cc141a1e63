package org.civicbroker.conformance;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * The MongoDB test server (mongo-java-server, memory backend) on a free 127.0.0.1 port, standing in
 * for a MongoDB deployment in the run of the suite against a broker on MongoDB. It lives as long as
 * the test JVM.
 */
final class TestMongoServer {
  private TestMongoServer() {}

  /** Starts a server; yields its connection string. */
  static String start() {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    return "mongodb://127.0.0.1:" + address.getPort();
  }
}
