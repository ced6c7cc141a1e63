package org.civicbroker.broker.entity.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.events.EntityChangePublisher;
import org.civicbroker.broker.events.InstanceId;
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
 * never lose each other's changes: a lost race re-reads and re-applies the operation.
 */
@ApplicationScoped
public class EntityService {
  /** Most attempts of one compare-and-set write before giving up (InternalError). */
  public static final int MAX_ATTEMPTS = 50;

  private final EntityStore store;
  private final EntityIndex index;
  private final EntityChangePublisher events;
  private final Clock clock;

  @Inject
  public EntityService(EntityStore store, EntityIndex index, EntityChangePublisher events) {
    this(store, index, events, Clock.systemUTC());
  }

  EntityService(EntityStore store, EntityIndex index, EntityChangePublisher events, Clock clock) {
    this.store = store;
    this.index = index;
    this.events = events;
    this.clock = clock;
  }

  /** Stores a new entity (clause 5.6.1); AlreadyExists when the id is taken. */
  public Uni<Entity> create(Tenant tenant, Entity entity, JsonNode context) {
    Entity stamped = SystemTimes.created(entity, now());
    return store
        .insert(tenant, stamped)
        .map(
            done -> {
              publish(
                  tenant,
                  ChangeKind.CREATED,
                  null,
                  stamped,
                  1,
                  stamped.attributes().names(),
                  context);
              return stamped;
            });
  }

  /** The stored entity; ResourceNotFound (or NonexistentTenant) when absent. */
  public Uni<Entity> retrieve(Tenant tenant, EntityId id) {
    return requireTenant(tenant)
        .flatMap(ok -> store.find(tenant, id))
        .map(found -> found.map(Versioned::value).orElseThrow(() -> notFound(id)));
  }

  /** Deletes the entity (clause 5.6.6). */
  public Uni<Void> delete(Tenant tenant, EntityId id, JsonNode context) {
    return store
        .delete(tenant, id)
        .map(
            deleted -> {
              Versioned<Entity> before = deleted.orElseThrow(() -> notFound(id));
              publish(
                  tenant,
                  ChangeKind.DELETED,
                  before.value(),
                  null,
                  before.version(),
                  before.value().attributes().names(),
                  context);
              return null;
            });
  }

  /**
   * Applies {@code operation} to the stored entity and writes the result with compare-and-set,
   * retrying from a fresh read when another writer got there first.
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
    return store
        .find(tenant, id)
        .flatMap(
            found -> {
              Versioned<Entity> current = found.orElseThrow(() -> notFound(id));
              Outcome<R> outcome = operation.apply(current.value(), now());
              if (!outcome.writes()) {
                return Uni.createFrom().item(outcome.result());
              }
              return store
                  .replace(tenant, outcome.next(), current.version())
                  .flatMap(
                      won -> {
                        if (won) {
                          publish(
                              tenant,
                              kind,
                              current.value(),
                              outcome.next(),
                              current.version() + 1,
                              outcome.changed(),
                              context);
                          return Uni.createFrom().item(outcome.result());
                        }
                        if (attempt >= MAX_ATTEMPTS) {
                          return Uni.createFrom().failure(contention(id));
                        }
                        return attempt(tenant, id, kind, context, operation, attempt + 1);
                      });
            });
  }

  /** True, or NonexistentTenant for a tenant other than the default one that has no data. */
  public Uni<Boolean> requireTenant(Tenant tenant) {
    if (tenant.isDefault()) {
      return Uni.createFrom().item(true);
    }
    return store
        .tenantExists(tenant)
        .map(
            exists -> {
              if (!exists) {
                throw new NgsiLdException(
                    ErrorType.NONEXISTENT_TENANT,
                    "Tenant " + Uris.quote(tenant.name()) + " does not exist");
              }
              return true;
            });
  }

  /**
   * Emits the {@link EntityChange} of a committed write (also for the batch operations, one per
   * changed entity); {@code before} is null for a creation, {@code after} for a deletion.
   */
  public void publish(
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
    events.publish(change);
  }

  /** Now, at the millisecond precision of stored timestamps. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public static NgsiLdException notFound(EntityId id) {
    return NgsiLdException.notFound("Entity " + Uris.quote(id.value()) + " was not found");
  }

  private static NgsiLdException contention(EntityId id) {
    return new NgsiLdException(
        ErrorType.INTERNAL_ERROR,
        "Entity " + Uris.quote(id.value()) + " is changing too fast to update; retry");
  }
}
