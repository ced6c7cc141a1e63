package org.civicbroker.broker.storage.mongo;

import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.mongodb.reactive.ReactiveMongoDatabase;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.civicbroker.broker.common.Unis;
import org.civicbroker.broker.config.StorageConfig;
import org.civicbroker.model.id.Tenant;
import org.jboss.logging.Logger;

/**
 * One database per tenant (GS CIM 009 clause 4.14): the default tenant uses the configured database
 * ({@code ngsild}), tenant {@code X} uses {@code ngsild-X} (tenant names are restricted to a safe
 * alphabet by {@link Tenant}). Declared indexes are created once per tenant database on first use;
 * an index the server rejects is logged once and skipped.
 *
 * <p>Reads of a tenant that does not exist must not touch its database: mongo-java-server creates a
 * database on any access, real MongoDB does not. {@link #ifExists} guards such reads.
 */
public class TenantDatabases {
  private static final Logger LOG = Logger.getLogger(TenantDatabases.class);

  private final ReactiveMongoClient client;
  private final String defaultDatabase;
  private final Set<String> knownDatabases = ConcurrentHashMap.newKeySet();
  private final Map<String, Uni<Void>> indexing = new ConcurrentHashMap<>();
  private final Set<String> indexed = ConcurrentHashMap.newKeySet();
  private final Set<String> rejectedIndexes = ConcurrentHashMap.newKeySet();

  @Inject
  TenantDatabases(ReactiveMongoClient client, StorageConfig config) {
    this(client, config.database());
  }

  public TenantDatabases(ReactiveMongoClient client, String defaultDatabase) {
    this.client = client;
    this.defaultDatabase = defaultDatabase;
  }

  /** The database name of a tenant. */
  public String databaseName(Tenant tenant) {
    return tenant.isDefault() ? defaultDatabase : defaultDatabase + "-" + tenant.name();
  }

  public ReactiveMongoDatabase database(Tenant tenant) {
    return client.getDatabase(databaseName(tenant));
  }

  /**
   * Whether the tenant exists: the default tenant always does, others once their database exists.
   * Known tenants are answered from memory; an unknown one costs one {@code listDatabases} call.
   */
  public Uni<Boolean> exists(Tenant tenant) {
    String name = databaseName(tenant);
    if (tenant.isDefault() || knownDatabases.contains(name)) {
      return Uni.createFrom().item(true);
    }
    return client
        .listDatabaseNames()
        .collect()
        .asSet()
        .invoke(this::remember)
        .map(names -> names.contains(name));
  }

  /**
   * Every tenant whose database exists, the default tenant first (it always exists). Database names
   * that are not valid tenant names are skipped.
   */
  public Uni<List<Tenant>> tenants() {
    return client
        .listDatabaseNames()
        .collect()
        .asSet()
        .invoke(this::remember)
        .map(
            names -> {
              String prefix = defaultDatabase + "-";
              List<Tenant> tenants = new java.util.ArrayList<>();
              tenants.add(Tenant.DEFAULT);
              names.stream()
                  .filter(n -> n.startsWith(prefix))
                  .map(n -> tenantOrNull(n.substring(prefix.length())))
                  .filter(java.util.Objects::nonNull)
                  .sorted(java.util.Comparator.comparing(Tenant::name))
                  .forEach(tenants::add);
              return tenants;
            });
  }

  private static Tenant tenantOrNull(String name) {
    try {
      return new Tenant(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void remember(Set<String> names) {
    String prefix = defaultDatabase + "-";
    names.stream().filter(n -> n.startsWith(prefix)).forEach(knownDatabases::add);
  }

  /** Records that a write created (or used) the tenant's database. */
  public void markExists(Tenant tenant) {
    knownDatabases.add(databaseName(tenant));
  }

  /** Runs {@code read} only if the tenant exists, else yields {@code absent}. */
  public <T> Uni<T> ifExists(Tenant tenant, Supplier<Uni<T>> read, T absent) {
    return exists(tenant).chain(exists -> exists ? read.get() : Uni.createFrom().item(absent));
  }

  /** The tenant's collection, after its declared indexes were created (once per process). */
  public Uni<ReactiveMongoCollection<Document>> collection(Tenant tenant, CollectionSpec spec) {
    ReactiveMongoCollection<Document> collection = database(tenant).getCollection(spec.name());
    String key = databaseName(tenant) + "/" + spec.name();
    if (indexed.contains(key)) {
      return Uni.createFrom().item(collection);
    }
    Uni<Void> indexes =
        indexing.computeIfAbsent(
            key,
            k ->
                createIndexes(collection, spec)
                    .invoke(() -> indexed.add(k))
                    .memoize()
                    .indefinitely());
    return Unis.onCallerContext(indexes).replaceWith(collection);
  }

  private Uni<Void> createIndexes(
      ReactiveMongoCollection<Document> collection, CollectionSpec spec) {
    Uni<Void> all = Uni.createFrom().voidItem();
    for (List<String> index : spec.indexes()) {
      all = all.chain(() -> createIndex(collection, spec.name(), index, false));
    }
    for (List<String> index : spec.uniqueIndexes()) {
      all = all.chain(() -> createIndex(collection, spec.name(), index, true));
    }
    return all;
  }

  private Uni<Void> createIndex(
      ReactiveMongoCollection<Document> collection,
      String name,
      List<String> paths,
      boolean unique) {
    return collection
        .createIndex(
            Indexes.ascending(paths), new com.mongodb.client.model.IndexOptions().unique(unique))
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(e -> skipIndex(name, paths, e));
  }

  private Uni<Void> skipIndex(String collection, List<String> paths, Throwable e) {
    if (rejectedIndexes.add(collection + paths)) {
      LOG.warnf("Index %s on '%s' not created, continuing without it: %s", paths, collection, e);
    }
    return Uni.createFrom().voidItem();
  }
}
