package org.civicbroker.broker.entity.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.TestNotifications;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.mongo.MongoNotificationOutbox;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On MongoDB a write's notifications are committed INTO the entity's document, atomically with it,
 * then moved to the outbox. When that move fails (as a crash would stop it), the entity keeps them
 * and the recovery moves them; deletions with notifications are finished by it too.
 */
class MongoPendingNotificationsTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private TestMongo mongo;
  private MongoNotificationOutbox outbox;
  private final AtomicBoolean outboxDown = new AtomicBoolean();
  private MongoEntityBulkStore store;

  @BeforeEach
  void start() {
    mongo = TestMongo.memory();
    outbox = new MongoNotificationOutbox(mongo.databases());
    store = new MongoEntityBulkStore(mongo.databases(), new Failing(outbox, outboxDown));
  }

  @AfterEach
  void stop() {
    mongo.close();
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(WAIT);
  }

  private static List<PendingNotification> notifications(int n) {
    String subscription = "urn:ngsi-ld:Subscription:" + UUID.randomUUID();
    List<PendingNotification> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant now = Instant.now();
      list.add(
          PendingNotification.first(
              TestNotifications.of(subscription, i, TestNotifications.endpoint("http://x/p")),
              now,
              now.plusSeconds(30)));
    }
    return list;
  }

  private Document raw(EntityId id) {
    return await(
        mongo
            .databases()
            .collection(Tenant.DEFAULT, MongoEntityStore.ENTITIES)
            .chain(c -> c.find(new Document("_id", id.value())).toUni()));
  }

  private Set<String> outboxIds() {
    return Set.copyOf(
        await(outbox.due(Instant.now().plusSeconds(3600), Set.of(), 1000)).stream()
            .map(NotificationOutbox.Candidate::id)
            .toList());
  }

  private long recover() {
    return await(new MongoPendingRecovery(mongo.databases(), outbox).recoverAll());
  }

  @Test
  void whenTheMoveFailsTheEntityKeepsItsNotificationsUntilTheRecoveryMovesThem() {
    EntityId id = EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID());
    Entity entity = EntityFixtures.load("numbers.json", id);
    List<PendingNotification> first = notifications(2);
    List<PendingNotification> second = notifications(1);
    outboxDown.set(true);

    assertThat(await(store.write(Tenant.DEFAULT, List.of(new BulkWrite.Insert(entity, first)))))
        .containsExactly(BulkOutcome.WRITTEN);
    outboxDown.set(false);
    assertThat(
            await(store.write(Tenant.DEFAULT, List.of(new BulkWrite.Replace(entity, 1, second)))))
        .containsExactly(BulkOutcome.WRITTEN);

    assertThat(raw(id).getList(EntityFields.PENDING, Document.class))
        .extracting(d -> d.getString("_id"))
        .containsExactlyInAnyOrder(first.get(0).id(), first.get(1).id());
    assertThat(outboxIds()).contains(second.get(0).id()).doesNotContain(first.get(0).id());

    assertThat(recover()).isEqualTo(2);
    assertThat(outboxIds()).contains(first.get(0).id(), first.get(1).id(), second.get(0).id());
    assertThat(raw(id).getList(EntityFields.PENDING, Document.class)).isEmpty();
    assertThat(raw(id).getLong(EntityFields.VERSION)).isEqualTo(2);
  }

  @Test
  void anUnfinishedDeletionIsInvisibleAndFinishedByTheRecovery() {
    EntityId id = EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID());
    await(
        store.write(
            Tenant.DEFAULT,
            List.of(new BulkWrite.Insert(EntityFixtures.load("numbers.json", id)))));
    List<PendingNotification> deletion = notifications(1);
    outboxDown.set(true);

    assertThat(await(store.write(Tenant.DEFAULT, List.of(new BulkWrite.Delete(id, 1, deletion)))))
        .containsExactly(BulkOutcome.WRITTEN);

    assertThat(raw(id)).isNotNull();
    assertThat(await(store.findAll(Tenant.DEFAULT, List.of(id)))).isEmpty();
    assertThat(await(mongo.entityStore().find(Tenant.DEFAULT, id))).isEmpty();
    assertThat(
            await(
                store.write(
                    Tenant.DEFAULT, List.of(new BulkWrite.Delete(id, 1, notifications(1))))))
        .as("the same deletion cannot apply twice")
        .containsExactly(BulkOutcome.CONFLICT);

    outboxDown.set(false);
    assertThat(recover()).isEqualTo(1);
    assertThat(outboxIds()).contains(deletion.get(0).id());
    assertThat(raw(id)).isNull();
  }

  @Test
  void aConflictingWriteLeavesNoNotification() {
    EntityId id = EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID());
    Entity entity = EntityFixtures.load("numbers.json", id);
    await(store.write(Tenant.DEFAULT, List.of(new BulkWrite.Insert(entity))));
    List<PendingNotification> lost = notifications(1);

    assertThat(await(store.write(Tenant.DEFAULT, List.of(new BulkWrite.Replace(entity, 7, lost)))))
        .containsExactly(BulkOutcome.CONFLICT);

    assertThat(raw(id).containsKey(EntityFields.PENDING)).isFalse();
    assertThat(recover()).isZero();
    assertThat(outboxIds()).doesNotContain(lost.get(0).id());
  }

  /** The outbox, whose additions fail while {@code down} is set. */
  private record Failing(NotificationOutbox outbox, AtomicBoolean down)
      implements NotificationOutbox {
    @Override
    public Uni<Boolean> add(PendingNotification pending, String owner) {
      return down.get()
          ? Uni.createFrom().failure(new IllegalStateException("outbox down"))
          : outbox.add(pending, owner);
    }

    @Override
    public Uni<List<Candidate>> due(Instant now, Set<String> skipQueues, int limit) {
      return outbox.due(now, skipQueues, limit);
    }

    @Override
    public Uni<Optional<PendingNotification>> claim(
        String id, String owner, Instant now, Instant until) {
      return outbox.claim(id, owner, now, until);
    }

    @Override
    public Uni<Long> renew(Collection<String> ids, String owner, Instant until) {
      return outbox.renew(ids, owner, until);
    }

    @Override
    public Uni<Void> release(Collection<String> ids, String owner) {
      return outbox.release(ids, owner);
    }

    @Override
    public Uni<Void> reschedule(
        String id, String owner, int attempts, Instant dueAt, String lastError) {
      return outbox.reschedule(id, owner, attempts, dueAt, lastError);
    }

    @Override
    public Uni<Void> remove(String id) {
      return outbox.remove(id);
    }

    @Override
    public Uni<Long> removeAll(Tenant tenant, String subscriptionId) {
      return outbox.removeAll(tenant, subscriptionId);
    }

    @Override
    public Uni<Long> count() {
      return outbox.count();
    }
  }
}
