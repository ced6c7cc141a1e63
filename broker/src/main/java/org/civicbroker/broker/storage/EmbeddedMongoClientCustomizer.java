package org.civicbroker.broker.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import io.quarkus.mongodb.runtime.MongoClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Points the default Quarkus MongoDB client at the embedded server when no connection string is
 * configured. Quarkus applies customizers last, at run time, when it creates the client, so this
 * overrides the built-in default host ({@code 127.0.0.1:27017}) and nothing else.
 */
@ApplicationScoped
public class EmbeddedMongoClientCustomizer implements MongoClientCustomizer {
  private final EmbeddedMongo embedded;

  @Inject
  EmbeddedMongoClientCustomizer(EmbeddedMongo embedded) {
    this.embedded = embedded;
  }

  @Override
  public MongoClientSettings.Builder customize(MongoClientSettings.Builder builder) {
    embedded
        .running()
        .ifPresent(s -> builder.applyConnectionString(new ConnectionString(s.connectionString())));
    return builder;
  }
}
