package org.civicbroker.broker.discovery.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.discovery.EntityCatalog;
import org.civicbroker.broker.entity.index.CatalogCounts;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;

/**
 * An {@link EntityCatalog} over entities a test loads per tenant, enabled only by {@link
 * FakeCatalogProfile} (so it replaces no catalog in other tests).
 */
@Alternative
@ApplicationScoped
public class FakeEntityCatalog implements EntityCatalog {
  private final Map<Tenant, CatalogCounts> folds = new ConcurrentHashMap<>();

  /** Replaces what the tenant holds. */
  public void load(Tenant tenant, List<Entity> entities) {
    CatalogCounts fold = new CatalogCounts();
    entities.forEach(fold::add);
    folds.put(tenant, fold);
  }

  private CatalogCounts fold(Tenant tenant) {
    return folds.getOrDefault(tenant, new CatalogCounts());
  }

  @Override
  public Uni<List<TypeSummary>> types(Tenant tenant) {
    return Uni.createFrom().item(fold(tenant).types());
  }

  @Override
  public Uni<Optional<TypeSummary>> type(Tenant tenant, String type) {
    return Uni.createFrom().item(fold(tenant).type(type));
  }

  @Override
  public Uni<List<AttributeSummary>> attributes(Tenant tenant) {
    return Uni.createFrom().item(fold(tenant).attributes());
  }

  @Override
  public Uni<Optional<AttributeSummary>> attribute(Tenant tenant, String name) {
    return Uni.createFrom().item(fold(tenant).attribute(name));
  }
}
