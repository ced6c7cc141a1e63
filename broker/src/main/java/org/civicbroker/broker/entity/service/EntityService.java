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
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
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
 * operation. Writes are committed with their notifications through {@link ChangeCommits} (group
 * commit); the current copy of an entity comes from the in-memory index when it has one (a stale
 * copy only costs a lost compare-and-set and a re-read).
 */
@ApplicationScoped
public class EntityService {
  /** Most attempts of one compare-and-set write before giving up (InternalError). */
  public static final int MAX_ATTEMPTS = 50;

  private final EntityStore store;
  private final ChangeCommits commits;
  private final EntityIndex index;
  private final TenantGuard tenants;
  private final boolean indexReads;
  private final Clock clock;

  @Inject
  public EntityService(
      EntityStore store,
      ChangeCommits commits,
      EntityIndex index,
      TenantGuard tenants,
      org.civicbroker.broker.config.IndexConfig config) {
    this(store, commits, index, tenants, config.serveReads(), Clock.systemUTC());
  }

  public EntityService(
      EntityStore store,
      ChangeCommits commits,
      EntityIndex index,
      TenantGuard tenants,
      boolean indexReads,
      Clock clock) {
    this.store = store;
    this.commits = commits;
    this.index = index;
    this.tenants = tenants;
    this.indexReads = indexReads;
    this.clock = clock;
  }

  /** Stores a new entity (clause 5.6.1); AlreadyExists when the id is taken. */
  public Uni<Entity> create(Tenant tenant, Entity entity, JsonNode context) {
    Entity stamped = SystemTimes.created(entity, now());
    Set<String> names = stamped.attributes().names();
    EntityChange change = change(tenant, ChangeKind.CREATED, null, stamped, 1, names, context);
    return commits
        .commit(change, new BulkWrite.Insert(stamped))
        .map(
            outcome -> {
              if (outcome.status() == BulkOutcome.Status.CONFLICT) {
                throw new NgsiLdException(
                    ErrorType.ALREADY_EXISTS,
                    "Entity " + Uris.quote(entity.id().value()) + " already exists");
              }
              failIfFailed(outcome);
              return stamped;
            });
  }

  /** The stored entity; ResourceNotFound (or NonexistentTenant) when absent. */
  public Uni<Entity> retrieve(Tenant tenant, EntityId id) {
    return requireTenant(tenant)
        .flatMap(ok -> current(tenant, id, indexReads))
        .map(found -> found.map(Versioned::value).orElseThrow(() -> notFound(id)));
  }

  /** Deletes the entity (clause 5.6.6), with compare-and-set like every other write. */
  public Uni<Void> delete(Tenant tenant, EntityId id, JsonNode context) {
    return deleteAttempt(tenant, id, context, 1);
  }

  private Uni<Void> deleteAttempt(Tenant tenant, EntityId id, JsonNode context, int attempt) {
    return current(tenant, id, attempt == 1)
        .flatMap(
            found -> {
              Versioned<Entity> before = found.orElseThrow(() -> notFound(id));
              Entity entity = before.value();
              Set<String> names = entity.attributes().names();
              EntityChange change =
                  change(
                      tenant, ChangeKind.DELETED, entity, null, before.version(), names, context);
              return commits
                  .commit(change, new BulkWrite.Delete(id, before.version()))
                  .flatMap(
                      outcome -> {
                        failIfFailed(outcome);
                        if (outcome.status() == BulkOutcome.Status.WRITTEN) {
                          return Uni.createFrom().voidItem();
                        }
                        if (attempt >= MAX_ATTEMPTS) {
                          return Uni.createFrom().failure(contention(id));
                        }
                        return deleteAttempt(tenant, id, context, attempt + 1);
                      });
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
              EntityChange change =
                  change(
                      tenant,
                      kind,
                      current.value(),
                      outcome.next(),
                      current.version() + 1,
                      outcome.changed(),
                      context);
              return commits
                  .commit(change, new BulkWrite.Replace(outcome.next(), current.version()))
                  .flatMap(
                      written -> {
                        failIfFailed(written);
                        if (written.status() == BulkOutcome.Status.WRITTEN) {
                          return Uni.createFrom().item(outcome.result());
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
    if (fromIndex && indexReads && index.serves()) {
      Optional<Versioned<Entity>> indexed = index.get(tenant, id.value());
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

  /** The change a write makes, as it will be emitted once committed. */
  public EntityChange change(
      Tenant tenant,
      ChangeKind kind,
      Entity before,
      Entity after,
      long version,
      Set<String> changed,
      JsonNode context) {
    Entity current = after != null ? after : before;
    return new EntityChange(
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
