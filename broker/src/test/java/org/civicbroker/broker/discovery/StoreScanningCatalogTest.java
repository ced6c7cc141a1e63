package org.civicbroker.broker.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicbroker.broker.discovery.DiscoveryFixtures.CORE;
import static org.civicbroker.broker.discovery.DiscoveryFixtures.VOCAB;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.civicbroker.broker.entity.query.EntityQueryStore;
import org.civicbroker.broker.entity.query.QueryPage;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.junit.jupiter.api.Test;

class StoreScanningCatalogTest {
  private static final Tenant CITY = new Tenant("city");

  /** A store whose tenant "city" holds the fixture entities; every other tenant is empty. */
  private static final EntityQueryStore STORE =
      new EntityQueryStore() {
        @Override
        public Uni<QueryPage> query(
            Tenant tenant, EntityQuery query, int offset, int limit, boolean count) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Multi<Versioned<Entity>> scan(Tenant tenant) {
          List<Entity> entities = tenant.equals(CITY) ? DiscoveryFixtures.entities() : List.of();
          return Multi.createFrom().iterable(entities).map(e -> new Versioned<>(e, 1));
        }

        @Override
        public Uni<List<Tenant>> tenants() {
          return Uni.createFrom().item(List.of(CITY));
        }
      };

  private final StoreScanningCatalog catalog = new StoreScanningCatalog(() -> Optional.of(STORE));

  @Test
  void summarisesTheEntitiesOfTheTenant() {
    assertThat(catalog.types(CITY).await().indefinitely())
        .extracting(TypeSummary::type, TypeSummary::entityCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VOCAB + "Cafe", 2L),
            org.assertj.core.groups.Tuple.tuple(VOCAB + "Kiosk", 1L),
            org.assertj.core.groups.Tuple.tuple(VOCAB + "Shop", 2L));
    assertThat(catalog.attributes(CITY).await().indefinitely())
        .extracting(AttributeSummary::name)
        .containsExactly(VOCAB + "name", VOCAB + "owner", VOCAB + "seats", CORE + "location");
  }

  @Test
  void findsOneTypeAndOneAttribute() {
    TypeSummary shop = catalog.type(CITY, VOCAB + "Shop").await().indefinitely().orElseThrow();
    AttributeSummary name =
        catalog.attribute(CITY, VOCAB + "name").await().indefinitely().orElseThrow();

    assertThat(shop.attributes())
        .containsOnlyKeys(VOCAB + "name", VOCAB + "owner", VOCAB + "seats", CORE + "location");
    assertThat(name.entityCount()).isEqualTo(3);
    assertThat(name.entityTypes()).containsExactlyInAnyOrder(VOCAB + "Cafe", VOCAB + "Shop");
  }

  @Test
  void anotherTenantSeesNothing() {
    Tenant other = new Tenant("other");

    assertThat(catalog.types(other).await().indefinitely()).isEmpty();
    assertThat(catalog.type(other, VOCAB + "Shop").await().indefinitely()).isEmpty();
    assertThat(catalog.attribute(other, VOCAB + "name").await().indefinitely()).isEmpty();
  }

  @Test
  void withoutAStoreDiscoveryFailsWithInternalError() {
    StoreScanningCatalog storeless = new StoreScanningCatalog(Optional::empty);

    assertThatThrownBy(() -> storeless.types(CITY).await().indefinitely())
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.INTERNAL_ERROR));
  }
}
