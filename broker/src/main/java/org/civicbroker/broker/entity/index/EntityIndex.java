package org.civicbroker.broker.entity.index;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civicbroker.broker.config.IndexConfig;
import org.civicbroker.broker.config.QueryConfig;
import org.civicbroker.broker.entity.codec.EntityCodec;
import org.civicbroker.broker.entity.codec.SymbolTable;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.jboss.logging.Logger;

/**
 * The broker's in-memory index of all entities, per tenant: answers queries and discovery without
 * store round trips. Rebuilt from the store at start; kept current by this instance's writes
 * (applied synchronously before the write is acknowledged, so a client reads its own writes) and by
 * other instances' change events. Copies are ordered by (creation time, version), so events applied
 * twice or out of order never regress an entry.
 */
@ApplicationScoped
public class EntityIndex {
  private static final Logger LOG = Logger.getLogger(EntityIndex.class);

  private final EntityQueryStore store;
  private final EntityCodec codec;
  private final Map<Tenant, TenantIndex> tenants = new ConcurrentHashMap<>();
  private final Map<Tenant, Map<String, EntityChange>> deletedWhileRebuilding =
      new ConcurrentHashMap<>();
  private final AtomicBoolean ready = new AtomicBoolean();

  private final boolean holdsEntities;
  private final DecodedEntities decoded;
  private final Map<Tenant, String> scanned = new ConcurrentHashMap<>();

  @Inject
  public EntityIndex(
      EntityQueryStore store, SymbolTable symbols, QueryConfig config, IndexConfig index) {
    this(store, symbols, config.engine() == QueryConfig.Engine.INDEX, index.decodedCache());
  }

  public EntityIndex(EntityQueryStore store, SymbolTable symbols, boolean holdsEntities) {
    this(store, symbols, holdsEntities, 1000);
  }

  /**
   * @param holdsEntities false: counts only (discovery), queries and reads go to the store, so the
   *     data may outgrow the broker's memory (MongoDB)
   */
  public EntityIndex(
      EntityQueryStore store, SymbolTable symbols, boolean holdsEntities, int decodedCache) {
    this.store = store;
    this.codec = new EntityCodec(symbols);
    this.holdsEntities = holdsEntities;
    this.decoded = new DecodedEntities(decodedCache);
  }

  /**
   * Counts only, during the start-up scan (in id order): a change to an entity the scan has passed
   * is counted as a change; one it has not reached yet is left to the scan, which will see the
   * entity as it is then.
   */
  private boolean scannedPast(Tenant tenant, String id) {
    String last = scanned.get(tenant);
    return last != null && id.compareTo(last) <= 0;
  }

  /** Whether queries and reads by id can be answered from the index now. */
  public boolean serves() {
    return holdsEntities && ready();
  }

  /** Whether the start-up rebuild has finished (queries before that go to the store). */
  public boolean ready() {
    return ready.get();
  }

  /** Applies a committed change. */
  public void apply(EntityChange change) {
    TenantIndex index = tenant(change.tenant());
    if (!holdsEntities) {
      if (ready() || scannedPast(change.tenant(), change.entityId())) {
        index.count(change.before(), change.after());
      }
      return;
    }
    if (change.kind() == ChangeKind.DELETED) {
      if (!ready()) {
        deletedWhileRebuilding
            .computeIfAbsent(change.tenant(), t -> new ConcurrentHashMap<>())
            .put(change.entityId(), change);
      }
      index.remove(change.before(), change.version());
    } else {
      index.put(change.after(), change.version(), change.before());
    }
  }

  public QueryPage query(Tenant tenant, EntityQuery query, int offset, int limit, boolean count) {
    TenantIndex index = tenants.get(tenant);
    return index == null
        ? new QueryPage(List.of(), count ? 0 : QueryPage.NOT_COUNTED)
        : index.query(query, offset, limit, count);
  }

  /** The entity with its version, decoded from the index; empty when the index lacks it. */
  public Optional<Versioned<Entity>> get(Tenant tenant, String id) {
    TenantIndex index = holdsEntities ? tenants.get(tenant) : null;
    return index == null ? Optional.empty() : index.get(id);
  }

  /** The estimated heap the index's entities take, over all tenants. */
  public long estimatedBytes() {
    long total = 0;
    for (TenantIndex t : tenants.values()) {
      total += t.estimatedBytes();
    }
    return total;
  }

  /** Number of entities held over all tenants. */
  public long total() {
    long total = 0;
    for (TenantIndex t : tenants.values()) {
      total += t.size();
    }
    return total;
  }

  /** Number of entities held, per tenant (for metrics and the readiness check). */
  public Map<Tenant, Integer> sizes() {
    Map<Tenant, Integer> sizes = new ConcurrentHashMap<>();
    tenants.forEach((t, index) -> sizes.put(t, index.size()));
    return sizes;
  }

  TenantIndex tenant(Tenant tenant) {
    return tenants.computeIfAbsent(tenant, t -> new TenantIndex(codec, decoded));
  }

  Optional<TenantIndex> existing(Tenant tenant) {
    return Optional.ofNullable(tenants.get(tenant));
  }

  void rebuild(@Observes StartupEvent start) {
    long began = System.nanoTime();
    store
        .tenants()
        .onItem()
        .transformToMulti(list -> io.smallrye.mutiny.Multi.createFrom().iterable(list))
        .onItem()
        .transformToUniAndConcatenate(tenant -> load(tenant))
        .collect()
        .asList()
        .subscribe()
        .with(
            loaded -> {
              ready.set(true);
              deletedWhileRebuilding.clear();
              LOG.infof(
                  "Entity index ready: %d entities in %d tenants, %d ms",
                  loaded.stream().mapToLong(Long::longValue).sum(),
                  loaded.size(),
                  (System.nanoTime() - began) / 1_000_000);
            },
            failure -> LOG.error("Entity index rebuild failed; queries use the store", failure));
  }

  private io.smallrye.mutiny.Uni<Long> load(Tenant tenant) {
    TenantIndex index = tenant(tenant);
    return store
        .scan(tenant)
        .onItem()
        .invoke(
            stored -> {
              EntityChange deleted =
                  deletedWhileRebuilding
                      .getOrDefault(tenant, Map.of())
                      .get(stored.value().id().value());
              if (holdsEntities) {
                index.put(stored.value(), stored.version());
              } else {
                index.count(null, stored.value());
                scanned.put(tenant, stored.value().id().value());
              }
              if (deleted != null) {
                index.remove(deleted.before(), deleted.version());
              }
            })
        .collect()
        .with(java.util.stream.Collectors.counting());
  }
}
