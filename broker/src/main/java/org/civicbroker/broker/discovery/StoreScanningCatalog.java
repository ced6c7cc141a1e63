package org.civicbroker.broker.discovery;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.civicbroker.broker.entity.query.EntityQueryStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;

/**
 * Fallback {@link EntityCatalog}, used only while no other implementation is deployed: it answers
 * every call by scanning all entities of the tenant ({@link EntityQueryStore#scan}) and folding
 * them with {@link CatalogFold}. Correct but O(entities) per request, so fit for small data sets
 * and tests only; an index-backed catalog (a plain {@code @ApplicationScoped} bean) replaces it.
 *
 * <p>The store is looked up lazily, so the application starts even where no {@code
 * EntityQueryStore} is deployed; discovery requests then fail with InternalError.
 */
@DefaultBean
@ApplicationScoped
public class StoreScanningCatalog implements EntityCatalog {
  private final Supplier<Optional<EntityQueryStore>> store;

  @Inject
  public StoreScanningCatalog(Instance<EntityQueryStore> stores) {
    this(() -> stores.isResolvable() ? Optional.of(stores.get()) : Optional.empty());
  }

  StoreScanningCatalog(Supplier<Optional<EntityQueryStore>> store) {
    this.store = store;
  }

  @Override
  public Uni<List<TypeSummary>> types(Tenant tenant) {
    return fold(tenant).map(CatalogFold::types);
  }

  @Override
  public Uni<Optional<TypeSummary>> type(Tenant tenant, String type) {
    return fold(tenant).map(fold -> fold.type(type));
  }

  @Override
  public Uni<List<AttributeSummary>> attributes(Tenant tenant) {
    return fold(tenant).map(CatalogFold::attributes);
  }

  @Override
  public Uni<Optional<AttributeSummary>> attribute(Tenant tenant, String name) {
    return fold(tenant).map(fold -> fold.attribute(name));
  }

  private Uni<CatalogFold> fold(Tenant tenant) {
    Optional<EntityQueryStore> found = store.get();
    if (found.isEmpty()) {
      return Uni.createFrom()
          .failure(
              new NgsiLdException(
                  ErrorType.INTERNAL_ERROR, "No entity store can list entities for discovery"));
    }
    return found
        .get()
        .scan(tenant)
        .map(Versioned::value)
        .collect()
        .in(CatalogFold::new, CatalogFold::add);
  }
}
