package org.civicbroker.broker.wiring;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.civicbroker.broker.config.EventsConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which storage engine the broker runs on: MongoDB when {@code quarkus.mongodb.connection-string}
 * is set, the embedded store otherwise. Several instances (Kafka transport) share one store, which
 * only MongoDB can be: that combination is refused at start.
 */
@ApplicationScoped
public class StorageMode {
  static final String CONNECTION_STRING = "quarkus.mongodb.connection-string";

  private final boolean embedded;
  private final boolean kafka;

  @Inject
  StorageMode(
      @ConfigProperty(name = CONNECTION_STRING) Optional<String> connectionString,
      EventsConfig events) {
    this.embedded = connectionString.filter(s -> !s.isBlank()).isEmpty();
    this.kafka = events.usesKafka();
  }

  /** Whether the embedded store is used. */
  public boolean embedded() {
    return embedded;
  }

  void check(@Observes StartupEvent start) {
    if (embedded && kafka) {
      throw new IllegalStateException(
          "BROKER_EVENTS_TRANSPORT=kafka runs several broker instances on one shared store, which"
              + " must be MongoDB: set QUARKUS_MONGODB_CONNECTION_STRING, or use the memory"
              + " transport with the embedded store");
    }
  }
}
