package org.civicbroker.broker.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicbroker.broker.config.StorageConfig.Backend;
import org.jboss.logging.Logger;

/**
 * An in-process MongoDB-wire-protocol server (mongo-java-server) bound to 127.0.0.1. With the H2
 * backend it keeps its data in one MVStore file under a directory; the file is locked while the
 * server runs, so two brokers must use different directories (they may run side by side, each on
 * its own free port).
 */
public final class EmbeddedMongoServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedMongoServer.class);
  private static final String HOST = "127.0.0.1";

  /** Name of the store file inside the data directory. */
  public static final String STORE_FILE = "broker.mv.db";

  private final MongoServer server;
  private final Backend backend;
  private final InetSocketAddress address;

  private EmbeddedMongoServer(MongoServer server, Backend backend) {
    this.server = server;
    this.backend = backend;
    this.address = server.getLocalAddress();
  }

  /**
   * Starts a server.
   *
   * @param backend where data lives
   * @param directory data directory of the H2 backend (created if missing); ignored for memory
   * @param port port on 127.0.0.1, 0 for a free one
   * @param fsync whether the H2 backend forces every write to the disk device
   */
  public static EmbeddedMongoServer start(
      Backend backend, Path directory, int port, boolean fsync) {
    return start(backend, directory, port, fsync, DurableH2Backend.DEFAULT_CACHE_MB);
  }

  /**
   * Starts the server with an H2 page cache of {@code cacheMb} megabytes (see {@link
   * #start(Backend, Path, int, boolean)} for the rest).
   */
  public static EmbeddedMongoServer start(
      Backend backend, Path directory, int port, boolean fsync, int cacheMb) {
    MongoBackend store = openBackend(backend, directory, fsync, cacheMb);
    MongoServer server = new MongoServer(store);
    try {
      server.bind(HOST, port);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    EmbeddedMongoServer started = new EmbeddedMongoServer(server, backend);
    LOG.infof(
        "Embedded MongoDB-wire server (%s) listening on %s; it keeps only unique indexes and"
            + " scans collections for queries",
        backend, started.address);
    return started;
  }

  private static MongoBackend openBackend(
      Backend backend, Path directory, boolean fsync, int cacheMb) {
    if (backend == Backend.MEMORY) {
      return new MemoryBackend();
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create storage directory " + directory, e);
    }
    Path file = directory.resolve(STORE_FILE).toAbsolutePath();
    LOG.infof("Embedded store file: %s", file);
    return new DurableH2Backend(file.toString(), fsync, cacheMb);
  }

  public Backend backend() {
    return backend;
  }

  public int port() {
    return address.getPort();
  }

  /** A connection string for the MongoDB driver, e.g. {@code mongodb://127.0.0.1:41234}. */
  public String connectionString() {
    return "mongodb://" + HOST + ":" + port();
  }

  /** Stops listening, closes client connections and closes (flushes) the backend. */
  @Override
  public void close() {
    server.shutdownNow();
    LOG.infof("Embedded MongoDB-wire server on port %d stopped", port());
  }
}
