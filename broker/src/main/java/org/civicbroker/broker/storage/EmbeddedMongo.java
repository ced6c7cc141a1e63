package org.civicbroker.broker.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.civicbroker.broker.config.StorageConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link EmbeddedMongoServer} for the application when no MongoDB connection string is
 * configured. Everything happens at run time in CDI beans: the Quarkus build never starts a server.
 * The server starts with the application (or earlier, when the MongoDB client is created first) and
 * is closed, flushing the H2 store, when the application stops.
 */
@ApplicationScoped
public class EmbeddedMongo {
  static final String CONNECTION_STRING = "quarkus.mongodb.connection-string";

  private final StorageConfig config;
  private final boolean enabled;
  private EmbeddedMongoServer server;

  @Inject
  EmbeddedMongo(
      StorageConfig config,
      @ConfigProperty(name = CONNECTION_STRING) Optional<String> connectionString) {
    this.config = config;
    this.enabled = connectionString.filter(s -> !s.isBlank()).isEmpty();
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      server();
    }
  }

  /** Whether the broker uses the embedded server (no connection string configured). */
  public boolean enabled() {
    return enabled;
  }

  /** The running embedded server, started on first use; empty when a connection string is set. */
  public Optional<EmbeddedMongoServer> running() {
    return enabled ? Optional.of(server()) : Optional.empty();
  }

  private synchronized EmbeddedMongoServer server() {
    if (server == null) {
      server =
          EmbeddedMongoServer.start(
              config.backend(),
              Path.of(config.path()),
              config.port(),
              config.fsync(),
              config.cacheMb());
    }
    return server;
  }

  @PreDestroy
  synchronized void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
