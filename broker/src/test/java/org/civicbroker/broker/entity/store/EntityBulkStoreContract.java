package org.civicbroker.broker.entity.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.TestNotifications;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EntityBulkStore} must have, run against each implementation on real
 * storage, next to the single-entity {@link EntityStore} on the same data and the {@link
 * NotificationOutbox} that records the notifications of its applied writes. Tests use fresh ids and
 * notification ids, so they share one store.
 */
public interface EntityBulkStoreContract {
  Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  Instant CLAIM_END = T0.plusSeconds(30);

  EntityBulkStore bulkStore();

  EntityStore store();

  /** The outbox the bulk store records notifications in. */
  NotificationOutbox outbox();

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

  /** {@code n} new notifications, claimed by their broker until {@link #CLAIM_END}. */
  private static List<PendingNotification> notifications(int n) {
    String subscription = "bulk-" + UUID.randomUUID();
    List<PendingNotification> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(
          PendingNotification.first(
              TestNotifications.of(
                  subscription, i, TestNotifications.endpoint("http://127.0.0.1:9/bulk")),
              T0,
              CLAIM_END));
    }
    return list;
  }

  private static List<String> ids(List<List<PendingNotification>> lists) {
    return lists.stream().flatMap(List::stream).map(PendingNotification::id).toList();
  }

  private List<String> due(Instant now) {
    return await(outbox().due(now, Set.of(), 10_000)).stream()
        .map(NotificationOutbox.Candidate::id)
        .toList();
  }

  @Test
  default void writtenInsertsReplacesAndDeletesRecordTheirNotificationsClaimedByThisBroker() {
    Entity replaced = inserted("/replaced");
    Entity deleted = inserted("/deleted");
    List<PendingNotification> ofInsert = notifications(1);
    List<PendingNotification> ofReplace = notifications(2);
    List<PendingNotification> ofDelete = notifications(1);
    List<String> ids = ids(List.of(ofInsert, ofReplace, ofDelete));
    long before = await(outbox().count());

    List<BulkOutcome> outcomes =
        await(
            bulkStore()
                .write(
                    Tenant.DEFAULT,
                    List.of(
                        new BulkWrite.Insert(entity(newId(), "/new"), ofInsert),
                        new BulkWrite.Replace(replaced.withScopes(List.of("/r2")), 1, ofReplace),
                        new BulkWrite.Delete(deleted.id(), 1, ofDelete))));

    assertThat(outcomes).containsOnly(BulkOutcome.WRITTEN).hasSize(3);
    assertThat(await(outbox().count())).isEqualTo(before + 4);
    assertThat(due(CLAIM_END.minusMillis(1))).doesNotContainAnyElementsOf(ids);
    assertThat(await(outbox().claim(ids.get(0), "another", T0, CLAIM_END))).isEmpty();
    assertThat(await(outbox().renew(ids, "another", CLAIM_END))).isZero();
    assertThat(await(outbox().renew(ids, InstanceId.VALUE, CLAIM_END))).isEqualTo(4);
    assertThat(due(CLAIM_END)).containsAll(ids);
    assertThat(await(outbox().claim(ids.get(3), "another", CLAIM_END, CLAIM_END.plusSeconds(9))))
        .hasValueSatisfying(
            p ->
                assertThat(p.notification())
                    .usingRecursiveComparison()
                    .isEqualTo(ofDelete.get(0).notification()));
  }

  @Test
  default void conflictsRecordNoNotificationsAndTheirNeighboursDo() {
    Entity taken = inserted("/taken");
    Entity moved = inserted("/moved");
    await(store().replace(Tenant.DEFAULT, moved, 1));
    Entity gone = inserted("/gone");
    await(store().delete(Tenant.DEFAULT, gone.id()));
    List<List<PendingNotification>> lost =
        List.of(notifications(1), notifications(2), notifications(1), notifications(1));
    List<PendingNotification> applied = notifications(2);
    long before = await(outbox().count());

    List<BulkOutcome> outcomes =
        await(
            bulkStore()
                .write(
                    Tenant.DEFAULT,
                    List.of(
                        new BulkWrite.Insert(taken, lost.get(0)),
                        new BulkWrite.Replace(moved, 1, lost.get(1)),
                        new BulkWrite.Replace(gone, 1, lost.get(2)),
                        new BulkWrite.Delete(newId(), 1, lost.get(3)),
                        new BulkWrite.Insert(entity(newId(), "/applied"), applied))));

    assertThat(outcomes)
        .containsExactly(
            BulkOutcome.CONFLICT,
            BulkOutcome.CONFLICT,
            BulkOutcome.CONFLICT,
            BulkOutcome.CONFLICT,
            BulkOutcome.WRITTEN);
    assertThat(await(outbox().count())).isEqualTo(before + 2);
    assertThat(due(CLAIM_END))
        .doesNotContainAnyElementsOf(ids(lost))
        .containsAll(ids(List.of(applied)));
    for (String id : ids(lost)) {
      assertThat(await(outbox().claim(id, "another", CLAIM_END, CLAIM_END.plusSeconds(9))))
          .isEmpty();
    }
  }
}
