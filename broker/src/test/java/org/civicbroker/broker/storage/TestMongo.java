package org.civicbroker.broker.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.connection.TransportSettings;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.mongodb.impl.ReactiveMongoClientImpl;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import java.net.InetSocketAddress;
import org.civicbroker.broker.entity.store.mongo.MongoEntityBulkStore;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.storage.mongo.TenantDatabases;

/**
 * The MongoDB adapters' test server: mongo-java-server with its memory backend on a free 127.0.0.1
 * port, a client of the real driver (wrapped like Quarkus wraps it) and the stores on top, for
 * tests that run without the Quarkus application.
 */
public final class TestMongo implements AutoCloseable {
  public static final String DATABASE = "ngsild";

  private final MongoServer server;
  private final InetSocketAddress address;
  private final ReactiveMongoClient client;

  private TestMongo() {
    this.server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    this.address = server.getLocalAddress();
    this.client = client(connectionString());
  }

  public static TestMongo memory() {
    return new TestMongo();
  }

  /** A client of a server running elsewhere (e.g. in another process). */
  public static ReactiveMongoClient client(int port) {
    return client("mongodb://127.0.0.1:" + port);
  }

  /**
   * A client on Netty, like the Quarkus one, with event-loop threads of its own (the JDK's shared
   * asynchronous channel group would keep the context class loader of whichever test created it).
   */
  private static ReactiveMongoClient client(String connectionString) {
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(connectionString))
            .transportSettings(TransportSettings.nettyBuilder().build())
            .build();
    return new ReactiveMongoClientImpl(
        com.mongodb.reactivestreams.client.MongoClients.create(settings));
  }

  public int port() {
    return address.getPort();
  }

  public String connectionString() {
    return "mongodb://127.0.0.1:" + address.getPort();
  }

  public ReactiveMongoClient client() {
    return client;
  }

  public MongoEntityStore entityStore() {
    return new MongoEntityStore(databases());
  }

  public MongoEntityBulkStore bulkStore() {
    return new MongoEntityBulkStore(databases());
  }

  /** The tenant databases of this server, as the broker names them. */
  public TenantDatabases databases() {
    return new TenantDatabases(client, DATABASE);
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
