package org.civicbroker.broker.entity.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.WriteBatcher;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.civicbroker.broker.storage.TenantGuard;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.SystemTimes;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.id.Uris;

/**
 * Runs entity writes against the store and emits one {@link EntityChange} per committed write.
 * Read-modify-write operations use the store's compare-and-set, so concurrent writers to one entity
 * never lose each other's changes: a lost race re-reads from the store and re-applies the
 * operation. Single-entity writes go through the {@link WriteBatcher} (group commit); the current
 * copy of an entity comes from the in-memory index when it has one (a stale copy only costs a lost
 * compare-and-set and a re-read).
 */
@ApplicationScoped
public class EntityService {
  /** Most attempts of one compare-and-set write before giving up (InternalError). */
  public static final int MAX_ATTEMPTS = 50;

  private final EntityStore store;
  private final WriteBatcher writes;
  private final EntityIndex index;
  private final EntityChangePublisher events;
  private final TenantGuard tenants;
  private final boolean indexReads;
  private final Clock clock;

  @Inject
  public EntityService(
      EntityStore store,
      WriteBatcher writes,
      EntityIndex index,
      EntityChangePublisher events,
      TenantGuard tenants,
      org.civicbroker.broker.config.IndexConfig config) {
    this(store, writes, index, events, tenants, config.serveReads(), Clock.systemUTC());
  }

  public EntityService(
      EntityStore store,
      WriteBatcher writes,
      EntityIndex index,
      EntityChangePublisher events,
      TenantGuard tenants,
      boolean indexReads,
      Clock clock) {
    this.store = store;
    this.writes = writes;
    this.index = index;
    this.events = events;
    this.tenants = tenants;
    this.indexReads = indexReads;
    this.clock = clock;
  }

  /** Stores a new entity (clause 5.6.1); AlreadyExists when the id is taken. */
  public Uni<Entity> create(Tenant tenant, Entity entity, JsonNode context) {
    Entity stamped = SystemTimes.created(entity, now());
    return writes
        .write(tenant, new BulkWrite.Insert(stamped))
        .flatMap(
            outcome -> {
              if (outcome.status() == BulkOutcome.Status.CONFLICT) {
                throw new NgsiLdException(
                    ErrorType.ALREADY_EXISTS,
                    "Entity " + Uris.quote(entity.id().value()) + " already exists");
              }
              failIfFailed(outcome);
              Set<String> names = stamped.attributes().names();
              return publish(tenant, ChangeKind.CREATED, null, stamped, 1, names, context)
                  .replaceWith(stamped);
            });
  }

  /** The stored entity; ResourceNotFound (or NonexistentTenant) when absent. */
  public Uni<Entity> retrieve(Tenant tenant, EntityId id) {
    return requireTenant(tenant)
        .flatMap(ok -> current(tenant, id, indexReads))
        .map(found -> found.map(Versioned::value).orElseThrow(() -> notFound(id)));
  }

  /** Deletes the entity (clause 5.6.6). */
  public Uni<Void> delete(Tenant tenant, EntityId id, JsonNode context) {
    return store
        .delete(tenant, id)
        .flatMap(
            deleted -> {
              Versioned<Entity> before = deleted.orElseThrow(() -> notFound(id));
              Entity entity = before.value();
              Set<String> names = entity.attributes().names();
              return publish(
                  tenant, ChangeKind.DELETED, entity, null, before.version(), names, context);
            });
  }

  /**
   * Applies {@code operation} to the current entity and writes the result with compare-and-set,
   * retrying from a fresh store read when another writer got there first.
   */
  public <R> Uni<R> modify(
      Tenant tenant, EntityId id, ChangeKind kind, JsonNode context, EntityOperation<R> operation) {
    return attempt(tenant, id, kind, context, operation, 1);
  }

  private <R> Uni<R> attempt(
      Tenant tenant,
      EntityId id,
      ChangeKind kind,
      JsonNode context,
      EntityOperation<R> operation,
      int attempt) {
    return current(tenant, id, attempt == 1)
        .flatMap(
            found -> {
              Versioned<Entity> current = found.orElseThrow(() -> notFound(id));
              Outcome<R> outcome = operation.apply(current.value(), now());
              if (!outcome.writes()) {
                return Uni.createFrom().item(outcome.result());
              }
              return writes
                  .write(tenant, new BulkWrite.Replace(outcome.next(), current.version()))
                  .flatMap(
                      written -> {
                        failIfFailed(written);
                        if (written.status() == BulkOutcome.Status.WRITTEN) {
                          return publish(
                                  tenant,
                                  kind,
                                  current.value(),
                                  outcome.next(),
                                  current.version() + 1,
                                  outcome.changed(),
                                  context)
                              .replaceWith(outcome.result());
                        }
                        if (attempt >= MAX_ATTEMPTS) {
                          return Uni.createFrom().failure(contention(id));
                        }
                        return attempt(tenant, id, kind, context, operation, attempt + 1);
                      });
            });
  }

  /** The current copy: from the index when allowed and it has one, else from the store. */
  private Uni<Optional<Versioned<Entity>>> current(Tenant tenant, EntityId id, boolean fromIndex) {
    if (fromIndex && indexReads && index.ready()) {
      Optional<Versioned<Entity>> indexed =
          index.get(tenant, id.value()).map(e -> new Versioned<>(e.entity(), e.version()));
      if (indexed.isPresent()) {
        return Uni.createFrom().item(indexed);
      }
    }
    return store.find(tenant, id);
  }

  /** Completes when the tenant exists (NonexistentTenant otherwise, clause 4.14). */
  public Uni<Void> requireTenant(Tenant tenant) {
    return tenants.requireExisting(tenant);
  }

  /**
   * Records a committed change: applies it to this instance's index (so the writer reads its own
   * write) and emits it to every other consumer; completes once its durable records (outbox or
   * Kafka) are made, which the write's acknowledgement waits for.
   */
  public Uni<Void> publish(
      Tenant tenant,
      ChangeKind kind,
      Entity before,
      Entity after,
      long version,
      Set<String> changed,
      JsonNode context) {
    Entity current = after != null ? after : before;
    EntityChange change =
        new EntityChange(
            UUID.randomUUID().toString(),
            tenant,
            current.id().value(),
            current.types(),
            kind,
            before,
            after,
            changed,
            context,
            current == after ? after.modifiedAt() : now(),
            version,
            InstanceId.VALUE);
    index.apply(change);
    return events.publish(change);
  }

  /** The current time, as the broker stamps entities (milliseconds). */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public static NgsiLdException notFound(EntityId id) {
    return NgsiLdException.notFound("Entity " + Uris.quote(id.value()) + " was not found");
  }

  private static void failIfFailed(BulkOutcome outcome) {
    if (outcome.status() == BulkOutcome.Status.FAILED) {
      throw outcome.error();
    }
  }

  private static NgsiLdException contention(EntityId id) {
    return new NgsiLdException(
        ErrorType.INTERNAL_ERROR,
        "Entity " + Uris.quote(id.value()) + " is changing too fast to update; retry");
  }
}
