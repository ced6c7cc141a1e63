package org.civicbroker.broker.entity.store;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;

/**
 * Storage of many entities per call, for the batch operations of GS CIM 009 clauses 5.6.7 - 5.6.10
 * and 5.6.20: a batch costs a few storage round trips instead of one or two per entity, and every
 * entity is still written with compare-and-set on its version (see {@link Versioned}), so
 * concurrent writers never lose each other's changes.
 */
public interface EntityBulkStore {

  /** The stored entities with these ids, by id; missing ids are absent. Unknown tenant: empty. */
  Uni<Map<EntityId, Versioned<Entity>>> findAll(Tenant tenant, Collection<EntityId> ids);

  /**
   * Applies the writes, each at most once and independently of the others (one unordered bulk write
   * for inserts and replaces). The outcomes are in the order of {@code writes}: {@link
   * BulkOutcome#WRITTEN}, {@link BulkOutcome#CONFLICT} when the entity moved on since it was read
   * (another version, created or deleted meanwhile), or a failure of that write alone. The Uni
   * fails (INTERNAL_ERROR) only when the storage could not be asked at all. Writes to a tenant
   * without a database create it.
   */
  Uni<List<BulkOutcome>> write(Tenant tenant, List<BulkWrite> writes);

  /**
   * Whether the store groups concurrent writes into shared commits itself (the embedded store's
   * writer does); then single writes are sent to it as they come, without a {@link WriteBatcher}.
   */
  default boolean groupsWrites() {
    return false;
  }
}
