package org.civicbroker.broker.entity.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EntityQueryStore} must have, run against each engine: results equal
 * the model's evaluator over the tenant's entities, in id order, paged by offset and limit, counted
 * when asked; scans return every entity with its version in id order; unknown tenants are empty.
 * Each test writes to a tenant of its own.
 */
public interface EntityQueryStoreContract {

  EntityQueryStore queries();

  /** Where the tests write their entities. */
  EntityBulkStore bulkStore();

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static Tenant newTenant() {
    return new Tenant("q-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static EntityQuery query(String... keyValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put(keyValues[i], keyValues[i + 1]);
    }
    return EntityQueryReader.fromParameters(params, ContextCompiler.coreOnly(), false);
  }

  private List<Entity> stored(Tenant tenant, String... ids) {
    List<Entity> entities =
        java.util.Arrays.stream(ids)
            .map(id -> EntityFixtures.load("numbers.json", EntityId.of(id)))
            .toList();
    List<BulkWrite> writes =
        entities.stream().map(e -> (BulkWrite) new BulkWrite.Insert(e)).toList();
    assertThat(await(bulkStore().write(tenant, writes)))
        .allMatch(o -> o.status() == BulkOutcome.Status.WRITTEN);
    return entities;
  }

  @Test
  default void resultsAreTheMatchingEntitiesInIdOrderPagedAndCounted() {
    Tenant tenant = newTenant();
    List<Entity> all = stored(tenant, "urn:x:c", "urn:x:a", "urn:x:d", "urn:x:b");
    EntityQuery everything = query("idPattern", "urn:x:.*");

    QueryPage first = await(queries().query(tenant, everything, 0, 2, true));
    QueryPage second = await(queries().query(tenant, everything, 2, 2, false));

    assertThat(first.entities())
        .extracting(e -> e.id().value())
        .containsExactly("urn:x:a", "urn:x:b");
    assertThat(first.total()).isEqualTo(all.size());
    assertThat(second.entities())
        .extracting(e -> e.id().value())
        .containsExactly("urn:x:c", "urn:x:d");
    assertThat(second.total()).isEqualTo(QueryPage.NOT_COUNTED);
  }

  @Test
  default void resultsEqualTheModelsEvaluator() {
    Tenant tenant = newTenant();
    List<Entity> all = stored(tenant, "urn:x:1", "urn:x:2", "urn:x:3");
    EntityQuery byId = query("id", "urn:x:2,urn:x:3");

    QueryPage page = await(queries().query(tenant, byId, 0, 10, true));

    assertThat(page.entities())
        .isEqualTo(
            all.stream()
                .filter(byId::matches)
                .sorted(java.util.Comparator.comparing(e -> e.id().value()))
                .toList());
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  default void scanReturnsEveryEntityWithItsVersionInIdOrder() {
    Tenant tenant = newTenant();
    stored(tenant, "urn:x:z", "urn:x:y");

    List<Versioned<Entity>> scanned = await(queries().scan(tenant).collect().asList());

    assertThat(scanned)
        .extracting(v -> v.value().id().value())
        .containsExactly("urn:x:y", "urn:x:z");
    assertThat(scanned).extracting(Versioned::version).containsOnly(1L);
    assertThat(await(queries().tenants())).contains(tenant);
  }

  @Test
  default void anUnknownTenantIsEmpty() {
    Tenant unknown = newTenant();

    assertThat(await(queries().query(unknown, query("idPattern", ".*"), 0, 10, true)))
        .isEqualTo(new QueryPage(List.of(), 0));
    assertThat(await(queries().scan(unknown).collect().asList())).isEmpty();
    assertThat(await(queries().tenants())).doesNotContain(unknown);
  }
}
