package org.civicbroker.broker.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.subscription.SubscriptionFixtures;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TenantRegistry} must have (GS CIM 009 clause 4.14), next to the entity
 * and subscription stores of the same engine, whose first write to a tenant creates it. Tests use
 * fresh tenant names, so they share one store.
 */
public interface TenantRegistryContract {

  TenantRegistry registry();

  EntityStore entityStore();

  SubscriptionStore subscriptionStore();

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static Entity entity() {
    return EntityFixtures.load("geo.json", EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID()));
  }

  private void insertEntity(Tenant tenant) {
    await(entityStore().insert(tenant, entity()));
  }

  private List<Tenant> tenants() {
    return await(registry().tenants());
  }

  @Test
  default void theDefaultTenantAlwaysExistsAndIsListedFirst() {
    assertThat(await(registry().exists(Tenant.DEFAULT))).isTrue();
    assertThat(tenants()).first().isEqualTo(Tenant.DEFAULT);
  }

  @Test
  default void anUnknownTenantDoesNotExistAndReadsOrFailedWritesDoNotCreateIt() {
    Tenant unknown = new Tenant("unknown-" + unique());
    Entity entity = entity();

    await(entityStore().find(unknown, entity.id()));
    await(entityStore().replace(unknown, entity, 1));
    await(entityStore().delete(unknown, entity.id()));
    await(subscriptionStore().find(unknown, SubscriptionFixtures.newId()));
    await(subscriptionStore().list(unknown, 0, 10, true));
    await(subscriptionStore().delete(unknown, SubscriptionFixtures.newId()));

    assertThat(await(registry().exists(unknown))).isFalse();
    assertThat(tenants()).doesNotContain(unknown);
  }

  @Test
  default void anEntityInsertCreatesItsTenant() {
    Tenant tenant = new Tenant("entities-" + unique());

    insertEntity(tenant);

    assertThat(await(registry().exists(tenant))).isTrue();
    assertThat(tenants()).contains(tenant);
  }

  @Test
  default void aSubscriptionInsertCreatesItsTenant() {
    Tenant tenant = new Tenant("subscriptions-" + unique());

    await(
        subscriptionStore()
            .insert(
                tenant, SubscriptionFixtures.load("minimal.json", SubscriptionFixtures.newId())));

    assertThat(await(registry().exists(tenant))).isTrue();
    assertThat(tenants()).contains(tenant);
  }

  @Test
  default void aTenantOutlivesItsLastEntity() {
    Tenant tenant = new Tenant("emptied-" + unique());
    Entity entity = entity();
    await(entityStore().insert(tenant, entity));

    await(entityStore().delete(tenant, entity.id()));

    assertThat(await(registry().exists(tenant))).isTrue();
    assertThat(tenants()).contains(tenant);
  }

  @Test
  default void tenantsAreListedByNameAfterTheDefaultTenant() {
    String prefix = "order-" + unique();
    for (String suffix : List.of("b", "C", "a", "a-2", "B_")) {
      insertEntity(new Tenant(prefix + suffix));
    }

    List<Tenant> tenants = tenants();

    assertThat(tenants).first().isEqualTo(Tenant.DEFAULT);
    assertThat(tenants).doesNotHaveDuplicates();
    assertThat(tenants.subList(1, tenants.size()))
        .isSortedAccordingTo(Comparator.comparing(Tenant::name));
    assertThat(tenants.stream().filter(t -> !t.isDefault() && t.name().startsWith(prefix)))
        .extracting(t -> t.name().substring(prefix.length()))
        .containsExactly("B_", "C", "a", "a-2", "b");
  }
}
