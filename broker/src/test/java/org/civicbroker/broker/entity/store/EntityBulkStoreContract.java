package org.civicbroker.broker.entity.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EntityBulkStore} must have, run against each implementation on real
 * storage, next to the single-entity {@link EntityStore} on the same data.
 */
public interface EntityBulkStoreContract {

  EntityBulkStore bulkStore();

  EntityStore store();

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static EntityId newId() {
    return EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID());
  }

  private static Entity entity(EntityId id, String scope) {
    return EntityFixtures.load("all-attribute-types.json", id).withScopes(List.of(scope));
  }

  private Entity inserted(String scope) {
    Entity entity = entity(newId(), scope);
    await(store().insert(Tenant.DEFAULT, entity));
    return entity;
  }

  private Versioned<Entity> stored(EntityId id) {
    return await(store().find(Tenant.DEFAULT, id)).orElse(null);
  }

  @Test
  default void findAllReturnsTheStoredEntitiesWithTheirVersions() {
    Entity a = inserted("/a");
    Entity b = inserted("/b");
    await(store().replace(Tenant.DEFAULT, b.withScopes(List.of("/b2")), 1));

    Map<EntityId, Versioned<Entity>> found =
        await(bulkStore().findAll(Tenant.DEFAULT, List.of(a.id(), newId(), b.id())));

    assertThat(found).containsOnlyKeys(a.id(), b.id());
    assertThat(found.get(a.id())).isEqualTo(new Versioned<>(a, 1));
    assertThat(found.get(b.id()).version()).isEqualTo(2);
    assertThat(found.get(b.id()).value().scopes()).containsExactly("/b2");
  }

  @Test
  default void findAllReadsManyIds() {
    List<EntityId> ids = new ArrayList<>();
    List<BulkWrite> inserts = new ArrayList<>();
    for (int i = 0; i < 345; i++) {
      Entity e = entity(newId(), "/many");
      ids.add(e.id());
      inserts.add(new BulkWrite.Insert(e));
    }
    await(bulkStore().write(Tenant.DEFAULT, inserts));

    assertThat(await(bulkStore().findAll(Tenant.DEFAULT, ids))).containsOnlyKeys(ids);
  }

  @Test
  default void findAllOfAnUnknownTenantIsEmpty() {
    Tenant tenant = new Tenant("bulk-" + UUID.randomUUID().toString().substring(0, 8));

    assertThat(await(bulkStore().findAll(tenant, List.of(newId())))).isEmpty();
    assertThat(await(store().tenantExists(tenant))).isFalse();
  }

  @Test
  default void writesApplyWhereTheVersionMatchesAndConflictElsewhere() {
    Entity fresh = entity(newId(), "/fresh");
    Entity taken = inserted("/taken");
    Entity current = inserted("/current");
    Entity stale = inserted("/stale");
    await(store().replace(Tenant.DEFAULT, stale, 1));
    Entity doomed = inserted("/doomed");
    Entity moved = inserted("/moved");
    await(store().replace(Tenant.DEFAULT, moved, 1));

    List<BulkOutcome> outcomes =
        await(
            bulkStore()
                .write(
                    Tenant.DEFAULT,
                    List.of(
                        new BulkWrite.Insert(fresh),
                        new BulkWrite.Insert(taken.withScopes(List.of("/dup"))),
                        new BulkWrite.Replace(current.withScopes(List.of("/new")), 1),
                        new BulkWrite.Replace(stale.withScopes(List.of("/lost")), 1),
                        new BulkWrite.Delete(doomed.id(), 1),
                        new BulkWrite.Delete(moved.id(), 1))));

    assertThat(outcomes)
        .containsExactly(
            BulkOutcome.WRITTEN,
            BulkOutcome.CONFLICT,
            BulkOutcome.WRITTEN,
            BulkOutcome.CONFLICT,
            BulkOutcome.WRITTEN,
            BulkOutcome.CONFLICT);
    assertThat(stored(fresh.id())).isEqualTo(new Versioned<>(fresh, 1));
    assertThat(stored(taken.id())).isEqualTo(new Versioned<>(taken, 1));
    assertThat(stored(current.id()).value().scopes()).containsExactly("/new");
    assertThat(stored(current.id()).version()).isEqualTo(2);
    assertThat(stored(stale.id())).isEqualTo(new Versioned<>(stale, 2));
    assertThat(stored(doomed.id())).isNull();
    assertThat(stored(moved.id())).isEqualTo(new Versioned<>(moved, 2));
  }

  @Test
  default void aReplaceOfAnEntityDeletedMeanwhileConflictsAndLeavesItDeleted() {
    Entity gone = inserted("/gone");
    await(store().delete(Tenant.DEFAULT, gone.id()));

    List<BulkOutcome> outcomes =
        await(bulkStore().write(Tenant.DEFAULT, List.of(new BulkWrite.Replace(gone, 1))));

    assertThat(outcomes).containsExactly(BulkOutcome.CONFLICT);
    assertThat(stored(gone.id())).isNull();
  }

  @Test
  default void aDeleteOfAMissingEntityConflicts() {
    List<BulkOutcome> outcomes =
        await(bulkStore().write(Tenant.DEFAULT, List.of(new BulkWrite.Delete(newId(), 1))));

    assertThat(outcomes).containsExactly(BulkOutcome.CONFLICT);
  }

  @Test
  default void writesCreateTheTenant() {
    Tenant tenant = new Tenant("bulk-" + UUID.randomUUID().toString().substring(0, 8));
    Entity entity = entity(newId(), "/tenant");

    await(bulkStore().write(tenant, List.of(new BulkWrite.Insert(entity))));

    assertThat(await(store().tenantExists(tenant))).isTrue();
    assertThat(await(bulkStore().findAll(tenant, List.of(entity.id())))).containsKey(entity.id());
    assertThat(stored(entity.id())).isNull();
  }

  @Test
  default void nothingToWriteIsNoOutcome() {
    assertThat(await(bulkStore().write(Tenant.DEFAULT, List.of()))).isEmpty();
    assertThat(await(bulkStore().findAll(Tenant.DEFAULT, List.of()))).isEmpty();
  }
}
