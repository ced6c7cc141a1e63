package org.civicbroker.broker.storage;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.storage.mongo.TenantDatabases;

/** A driver client (and store) of its own on a server that runs elsewhere. */
public final class TestMongoClient implements AutoCloseable {
  private final ReactiveMongoClient client;

  public TestMongoClient(int port) {
    this.client = TestMongo.client(port);
  }

  public ReactiveMongoClient client() {
    return client;
  }

  public MongoEntityStore store() {
    return new MongoEntityStore(new TenantDatabases(client, TestMongo.DATABASE));
  }

  @Override
  public void close() {
    client.close();
  }
}
