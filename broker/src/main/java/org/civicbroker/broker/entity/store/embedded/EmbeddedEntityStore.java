package org.civicbroker.broker.entity.store.embedded;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.broker.entity.codec.EntityCodec;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.embedded.EmbeddedNotificationOutbox;
import org.civicbroker.broker.storage.embedded.Column;
import org.civicbroker.broker.storage.embedded.Cursor;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.EmbeddedTenants;
import org.civicbroker.broker.storage.embedded.Keys;
import org.civicbroker.broker.storage.embedded.WriteContext;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.query.EntityQuery;
import org.jboss.logging.Logger;

/**
 * Entities on the embedded store: one record per entity in {@link Column#ENTITIES}, keyed by tenant
 * and id ({@link EntityRecords}). Every write is a task of the store's single writer, so its
 * compare-and-set check and its writes are one atomic step; the notifications a write triggers are
 * staged in the outbox by the same task ({@link EmbeddedNotificationOutbox#stage}), so the entity
 * and its notifications are committed together or not at all, and durably before the Uni completes.
 * Entities are encoded on the caller's thread, never on the writer's.
 */
public final class EmbeddedEntityStore implements EntityStore, EntityQueryStore {
  private static final Logger LOG = Logger.getLogger(EmbeddedEntityStore.class);

  private final EmbeddedStorage storage;
  private final EmbeddedTenants tenants;
  private final EmbeddedNotificationOutbox outbox;
  private final EntityRecords records;

  public EmbeddedEntityStore(
      EmbeddedStorage storage,
      EmbeddedTenants tenants,
      EntityCodec codec,
      EmbeddedNotificationOutbox outbox) {
    this.storage = storage;
    this.tenants = tenants;
    this.outbox = outbox;
    this.records = new EntityRecords(codec);
  }

  @Override
  public Uni<Void> insert(Tenant tenant, Entity entity) {
    return write(tenant, List.of(new BulkWrite.Insert(entity)))
        .map(
            outcomes -> {
              BulkOutcome outcome = unlessFailed(outcomes.get(0));
              if (outcome.status() == BulkOutcome.Status.CONFLICT) {
                throw new NgsiLdException(
                    ErrorType.ALREADY_EXISTS,
                    "Entity already exists: " + Uris.quote(entity.id().value()));
              }
              return null;
            });
  }

  @Override
  public Uni<Optional<Versioned<Entity>>> find(Tenant tenant, EntityId id) {
    return Uni.createFrom().item(() -> Optional.ofNullable(read(tenant, id)));
  }

  @Override
  public Uni<List<Versioned<Entity>>> findAll(Tenant tenant, Collection<EntityId> ids) {
    return Uni.createFrom().item(() -> List.copyOf(readAll(tenant, ids).values()));
  }

  /** The same store as an {@link EntityBulkStore}. */
  public EntityBulkStore bulk() {
    return new EntityBulkStore() {
      @Override
      public Uni<Map<EntityId, Versioned<Entity>>> findAll(
          Tenant tenant, Collection<EntityId> ids) {
        return Uni.createFrom().item(() -> readAll(tenant, ids));
      }

      @Override
      public Uni<List<BulkOutcome>> write(Tenant tenant, List<BulkWrite> writes) {
        return EmbeddedEntityStore.this.write(tenant, writes);
      }

      @Override
      public boolean groupsWrites() {
        return true;
      }
    };
  }

  private Versioned<Entity> read(Tenant tenant, EntityId id) {
    byte[] record = storage.get(Column.ENTITIES, Keys.tenantKey(tenant, id.value()));
    return record == null ? null : records.decode(record);
  }

  private Map<EntityId, Versioned<Entity>> readAll(Tenant tenant, Collection<EntityId> ids) {
    Map<EntityId, Versioned<Entity>> found = new LinkedHashMap<>();
    for (EntityId id : ids) {
      Versioned<Entity> v = read(tenant, id);
      if (v != null) {
        found.put(id, v);
      }
    }
    return found;
  }

  @Override
  public Uni<Boolean> replace(Tenant tenant, Entity entity, long expectedVersion) {
    return write(tenant, List.of(new BulkWrite.Replace(entity, expectedVersion)))
        .map(outcomes -> unlessFailed(outcomes.get(0)).status() == BulkOutcome.Status.WRITTEN);
  }

  /** The outcome of a single write; a failure is thrown. */
  private static BulkOutcome unlessFailed(BulkOutcome outcome) {
    if (outcome.status() == BulkOutcome.Status.FAILED) {
      throw outcome.error();
    }
    return outcome;
  }

  @Override
  public Uni<Optional<Versioned<Entity>>> delete(Tenant tenant, EntityId id) {
    byte[] key = Keys.tenantKey(tenant, id.value());
    return storage.write(
        c -> {
          byte[] record = c.get(Column.ENTITIES, key);
          if (record == null) {
            return Optional.empty();
          }
          c.delete(Column.ENTITIES, key);
          return Optional.of(records.decode(record));
        },
        true);
  }

  @Override
  public Uni<Boolean> tenantExists(Tenant tenant) {
    return tenants.exists(tenant);
  }

  /** Applies the writes as one task of the writer ({@link EntityBulkStore#write}). */
  public Uni<List<BulkOutcome>> write(Tenant tenant, List<BulkWrite> writes) {
    if (writes.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Uni.createFrom()
        .item(() -> encodeAll(writes))
        .chain(encoded -> storage.write(c -> apply(c, tenant, writes, encoded), true));
  }

  /**
   * Stores entities as another store held them, each at its own version and with its own system
   * times, and no notifications (the migration of a legacy store): one task of the writer; an
   * entity whose id is already stored is left as it is ({@code CONFLICT}).
   */
  public Uni<List<BulkOutcome>> restore(Tenant tenant, List<Versioned<Entity>> entities) {
    if (entities.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Uni.createFrom()
        .item(() -> entities.stream().map(v -> records.encode(v.value(), v.version())).toList())
        .chain(encoded -> storage.write(c -> restore(c, tenant, entities, encoded), true));
  }

  private List<BulkOutcome> restore(
      WriteContext c, Tenant tenant, List<Versioned<Entity>> entities, List<byte[]> encoded) {
    tenants.stage(c, tenant);
    List<BulkOutcome> outcomes = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      byte[] key = Keys.tenantKey(tenant, entities.get(i).value().id().value());
      if (c.get(Column.ENTITIES, key) != null) {
        outcomes.add(BulkOutcome.CONFLICT);
      } else {
        c.put(Column.ENTITIES, key, encoded.get(i));
        outcomes.add(BulkOutcome.WRITTEN);
      }
    }
    return outcomes;
  }

  /** The new records (null for deletions), at the version each write would give them. */
  private List<byte[]> encodeAll(List<BulkWrite> writes) {
    List<byte[]> encoded = new ArrayList<>(writes.size());
    for (BulkWrite w : writes) {
      if (w instanceof BulkWrite.Insert i) {
        encoded.add(records.encode(i.entity(), 1));
      } else if (w instanceof BulkWrite.Replace r) {
        encoded.add(records.encode(r.entity(), r.expectedVersion() + 1));
      } else {
        encoded.add(null);
      }
    }
    return encoded;
  }

  /**
   * Checks and stages each write; the tenant is created with the first write that applies (a write
   * that conflicts, like a replace in a tenant that does not exist, creates nothing).
   */
  private List<BulkOutcome> apply(
      WriteContext c, Tenant tenant, List<BulkWrite> writes, List<byte[]> encoded) {
    List<BulkOutcome> outcomes = new ArrayList<>(writes.size());
    for (int i = 0; i < writes.size(); i++) {
      outcomes.add(applyOne(c, tenant, writes.get(i), encoded.get(i)));
    }
    return outcomes;
  }

  /**
   * One write with its notifications, all or nothing: a write that fails part way (a notification
   * the outbox cannot store) has everything it staged undone and fails alone.
   */
  private BulkOutcome applyOne(WriteContext c, Tenant tenant, BulkWrite w, byte[] record) {
    try {
      return c.attempt(() -> stage(c, tenant, w, record));
    } catch (NgsiLdException e) {
      return BulkOutcome.failed(e);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Write of entity %s failed; nothing of it was stored", w.id().value());
      return BulkOutcome.failed(
          new NgsiLdException(
              ErrorType.INTERNAL_ERROR,
              "The entity could not be stored; nothing of this change was applied"));
    }
  }

  private BulkOutcome stage(WriteContext c, Tenant tenant, BulkWrite w, byte[] record) {
    byte[] key = Keys.tenantKey(tenant, w.id().value());
    if (!applies(w, c.get(Column.ENTITIES, key))) {
      return BulkOutcome.CONFLICT;
    }
    tenants.stage(c, tenant);
    if (record == null) {
      c.delete(Column.ENTITIES, key);
    } else {
      c.put(Column.ENTITIES, key, record);
    }
    for (PendingNotification p : w.notifications()) {
      outbox.stage(c, p, InstanceId.VALUE);
    }
    return BulkOutcome.WRITTEN;
  }

  /** Whether the write's condition holds for the current record (null: absent). */
  private static boolean applies(BulkWrite w, byte[] current) {
    if (w instanceof BulkWrite.Insert) {
      return current == null;
    }
    long expected =
        w instanceof BulkWrite.Replace r
            ? r.expectedVersion()
            : ((BulkWrite.Delete) w).expectedVersion();
    return current != null && EntityRecords.version(current) == expected;
  }

  @Override
  public Uni<QueryPage> query(
      Tenant tenant, EntityQuery query, int offset, int limit, boolean count) {
    return Uni.createFrom()
        .item(
            () -> {
              List<Entity> page = new ArrayList<>();
              long matched = 0;
              try (Cursor cursor = storage.scan(Column.ENTITIES, Keys.tenantPrefix(tenant))) {
                while (cursor.hasNext()) {
                  Entity e = records.decode(cursor.next().value()).value();
                  if (!query.matches(e)) {
                    continue;
                  }
                  if (matched >= offset && page.size() < limit) {
                    page.add(e);
                  }
                  matched++;
                  if (!count && page.size() >= limit) {
                    break;
                  }
                }
              }
              return new QueryPage(page, count ? matched : QueryPage.NOT_COUNTED);
            })
        .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool());
  }

  @Override
  public Multi<Versioned<Entity>> scan(Tenant tenant) {
    return storage.stream(
        Column.ENTITIES, Keys.tenantPrefix(tenant), e -> records.decode(e.value()));
  }

  @Override
  public Uni<List<Tenant>> tenants() {
    return tenants.tenants();
  }
}
