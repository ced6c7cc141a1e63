package org.civicbroker.broker.entity.store;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;

/**
 * Queries evaluated by the store itself (the path for a large real MongoDB), and full scans (to
 * rebuild in-memory indexes). Results are ordered by entity id, so paging with offset/limit over an
 * unchanged result returns each match once.
 */
public interface EntityQueryStore {

  /**
   * The page {@code [offset, offset + limit)} of the entities matching {@code query} and, when
   * {@code count}, how many match in all. What the store cannot filter exactly (geo relations,
   * regular expressions the store's engine would interpret differently) is pre-filtered in the
   * store and finished with the model's in-memory evaluator, so the result equals {@code
   * query.matches} over all entities. Unknown tenant: an empty page.
   */
  Uni<QueryPage> query(Tenant tenant, EntityQuery query, int offset, int limit, boolean count);

  /** Every stored entity of the tenant with its version, in id order. */
  Multi<Versioned<Entity>> scan(Tenant tenant);

  /** The tenants that have stored entities (the default tenant included if it has any). */
  Uni<List<Tenant>> tenants();
}
