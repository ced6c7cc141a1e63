package org.civicbroker.broker.entity.store;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;

/**
 * Storage of NGSI-LD entities, one collection per tenant (GS CIM 009 clause 4.14). Failures are
 * reported as {@link org.civicbroker.model.error.NgsiLdException}: ALREADY_EXISTS for a duplicate
 * insert, INTERNAL_ERROR (with a detail that reveals no internals) for anything else.
 */
public interface EntityStore {
  /**
   * Inserts a new entity at version 1; fails with NgsiLdException(ALREADY_EXISTS) if the id exists.
   */
  Uni<Void> insert(Tenant tenant, Entity entity);

  /** The stored entity and its version, or empty. Unknown tenant -> empty (the service decides). */
  Uni<Optional<Versioned<Entity>>> find(Tenant tenant, EntityId id);

  /** Stored entities for these ids (missing ones omitted), in no particular order. */
  Uni<List<Versioned<Entity>>> findAll(Tenant tenant, Collection<EntityId> ids);

  /**
   * Compare-and-set: replaces the entity only if its stored version is expectedVersion (then
   * version+1). False if the version moved on or the entity is gone.
   */
  Uni<Boolean> replace(Tenant tenant, Entity entity, long expectedVersion);

  /** Deletes and returns the deleted entity with its last version, or empty if it did not exist. */
  Uni<Optional<Versioned<Entity>>> delete(Tenant tenant, EntityId id);

  /**
   * Whether the tenant has a database with entities (or was created by a write). Default tenant:
   * always true.
   */
  Uni<Boolean> tenantExists(Tenant tenant);
}
