package org.civicbroker.broker.entity.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.config.QueryConfig;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.storage.TenantGuard;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;

/**
 * Answers entity queries (clauses 5.7.2, 5.7.3): from the in-memory index when it is the configured
 * engine and ready, otherwise with the store's own query. Both give the same result.
 */
@ApplicationScoped
public class EntityQueryService {
  private final EntityIndex index;
  private final EntityQueryStore store;
  private final TenantGuard tenants;
  private final QueryConfig config;

  @Inject
  public EntityQueryService(
      EntityIndex index, EntityQueryStore store, TenantGuard tenants, QueryConfig config) {
    this.index = index;
    this.store = store;
    this.tenants = tenants;
    this.config = config;
  }

  public Uni<QueryPage> query(Tenant tenant, EntityQuery query, Paging paging) {
    return tenants
        .requireExisting(tenant)
        .flatMap(
            ok -> {
              if (index.serves()) {
                return Uni.createFrom()
                    .item(
                        index.query(
                            tenant, query, paging.offset(), paging.limit(), paging.count()));
              }
              return store.query(tenant, query, paging.offset(), paging.limit(), paging.count());
            });
  }

  public QueryConfig config() {
    return config;
  }
}
