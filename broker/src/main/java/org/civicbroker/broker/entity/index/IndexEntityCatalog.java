package org.civicbroker.broker.entity.index;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civicbroker.broker.discovery.EntityCatalog;
import org.civicbroker.model.id.Tenant;

/** The discovery catalog answered from the in-memory index's counts. */
@ApplicationScoped
public class IndexEntityCatalog implements EntityCatalog {
  private final EntityIndex index;

  @Inject
  public IndexEntityCatalog(EntityIndex index) {
    this.index = index;
  }

  @Override
  public Uni<List<TypeSummary>> types(Tenant tenant) {
    return Uni.createFrom().item(index.existing(tenant).map(TenantIndex::types).orElse(List.of()));
  }

  @Override
  public Uni<Optional<TypeSummary>> type(Tenant tenant, String type) {
    return Uni.createFrom().item(index.existing(tenant).flatMap(i -> i.type(type)));
  }

  @Override
  public Uni<List<AttributeSummary>> attributes(Tenant tenant) {
    return Uni.createFrom()
        .item(index.existing(tenant).map(TenantIndex::attributes).orElse(List.of()));
  }

  @Override
  public Uni<Optional<AttributeSummary>> attribute(Tenant tenant, String name) {
    return Uni.createFrom().item(index.existing(tenant).flatMap(i -> i.attribute(name)));
  }
}
