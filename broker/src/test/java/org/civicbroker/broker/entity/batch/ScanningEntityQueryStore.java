package org.civicbroker.broker.entity.batch;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.civicbroker.broker.entity.query.EntityQueryStore;
import org.civicbroker.broker.entity.query.QueryPage;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.broker.entity.store.mongo.EntityDocumentMapper;
import org.civicbroker.broker.entity.store.mongo.MongoEntityStore;
import org.civicbroker.broker.storage.TenantDatabases;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;

/**
 * A test stand-in for the query store while the real one is built elsewhere: scans every entity of
 * the tenant and filters with the model's evaluator. Yields to any real implementation.
 */
@DefaultBean
@ApplicationScoped
public class ScanningEntityQueryStore implements EntityQueryStore {
  private final TenantDatabases databases;
  private final EntityDocumentMapper mapper = new EntityDocumentMapper();

  @Inject
  public ScanningEntityQueryStore(TenantDatabases databases) {
    this.databases = databases;
  }

  @Override
  public Uni<QueryPage> query(
      Tenant tenant, EntityQuery query, int offset, int limit, boolean count) {
    return scan(tenant)
        .map(Versioned::value)
        .filter(query::matches)
        .collect()
        .asList()
        .map(
            all ->
                new QueryPage(
                    all.stream().skip(offset).limit(limit).toList(),
                    count ? all.size() : QueryPage.NOT_COUNTED));
  }

  @Override
  public Multi<Versioned<Entity>> scan(Tenant tenant) {
    return databases
        .collection(tenant, MongoEntityStore.ENTITIES)
        .onItem()
        .transformToMulti(c -> c.find())
        .map(mapper::toVersioned)
        .collect()
        .asList()
        .map(
            list ->
                list.stream().sorted(Comparator.comparing(v -> v.value().id().value())).toList())
        .onItem()
        .transformToMulti(list -> Multi.createFrom().iterable(list));
  }

  @Override
  public Uni<List<Tenant>> tenants() {
    return Uni.createFrom().item(List.of(Tenant.DEFAULT));
  }
}
