package org.civicbroker.broker.entity.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civicbroker.broker.entity.store.BulkOutcome;
import org.civicbroker.broker.entity.store.BulkWrite;
import org.civicbroker.broker.entity.store.EntityBulkStore;
import org.civicbroker.broker.entity.store.EntityBulkStoreContract;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.TestNotifications;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.storage.TestEmbedded;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk store contract on the embedded store, in a fresh data directory, and the embedded
 * store's own guarantee: an entity write and its notifications are one commit.
 */
class EmbeddedEntityBulkStoreTest implements EntityBulkStoreContract {
  @TempDir static Path directory;
  private static TestEmbedded embedded;

  @BeforeAll
  static void open() {
    embedded = TestEmbedded.open(directory);
  }

  @AfterAll
  static void close() {
    embedded.close();
  }

  @Override
  public EntityBulkStore bulkStore() {
    return embedded.bulkStore();
  }

  @Override
  public EntityStore store() {
    return embedded.entityStore();
  }

  @Override
  public NotificationOutbox outbox() {
    return embedded.outbox();
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static Entity entity() {
    return EntityFixtures.load("geo.json", EntityId.of("urn:ngsi-ld:Test:" + UUID.randomUUID()));
  }

  private static PendingNotification pending(String subscription, int n) {
    Notification notification =
        TestNotifications.of(subscription, n, TestNotifications.endpoint("http://127.0.0.1:9/a"));
    return PendingNotification.first(notification, T0, CLAIM_END);
  }

  /**
   * A notification the outbox cannot encode (no {@code notifiedAt}): staging it throws inside the
   * writer's task, after the entity and the notifications before it were staged in the same batch.
   */
  private static PendingNotification unencodable(String subscription) {
    Notification n = pending(subscription, 99).notification();
    Notification broken =
        new Notification(
            n.id(),
            n.tenant(),
            n.subscriptionId(),
            n.endpoint(),
            n.body(),
            n.contentType(),
            n.headers(),
            null);
    return PendingNotification.first(broken, T0, CLAIM_END);
  }

  private boolean pendingInOutbox(PendingNotification p) {
    return await(outbox().claim(p.id(), "probe", CLAIM_END, CLAIM_END.plusSeconds(1))).isPresent();
  }

  @Test
  void aWriteFailingHalfWayThroughItsNotificationsLeavesNeitherEntityNorNotifications() {
    Tenant tenant = new Tenant("atomic-" + UUID.randomUUID().toString().substring(0, 8));
    String subscription = "atomic-" + UUID.randomUUID();
    Entity before = entity();
    Entity broken = entity();
    Entity after = entity();
    PendingNotification ofBefore = pending(subscription, 1);
    PendingNotification stagedThenUndone = pending(subscription, 2);
    PendingNotification ofAfter = pending(subscription, 3);
    long pending = await(outbox().count());

    List<BulkOutcome> outcomes =
        await(
            bulkStore()
                .write(
                    tenant,
                    List.of(
                        new BulkWrite.Insert(before, List.of(ofBefore)),
                        new BulkWrite.Insert(
                            broken, List.of(stagedThenUndone, unencodable(subscription))),
                        new BulkWrite.Insert(after, List.of(ofAfter)))));

    assertThat(outcomes).hasSize(3);
    assertThat(outcomes.get(0)).isEqualTo(BulkOutcome.WRITTEN);
    assertThat(outcomes.get(1).status()).isEqualTo(BulkOutcome.Status.FAILED);
    assertThat(outcomes.get(1).error().type()).isEqualTo(ErrorType.INTERNAL_ERROR);
    assertThat(outcomes.get(2)).isEqualTo(BulkOutcome.WRITTEN);
    assertThat(await(store().find(tenant, broken.id()))).isEmpty();
    assertThat(await(store().findAll(tenant, List.of(before.id(), after.id())))).hasSize(2);
    assertThat(await(outbox().count())).isEqualTo(pending + 2);
    assertThat(pendingInOutbox(stagedThenUndone)).isFalse();
    assertThat(pendingInOutbox(ofBefore)).isTrue();
    assertThat(pendingInOutbox(ofAfter)).isTrue();
  }

  /**
   * Memory (the tenants and the outbox count) follows commits only: a failed first write to a
   * tenant leaves no tenant, and the next write records it, so it still exists after a restart.
   */
  @Test
  void aFailedWriteLeavesNothingInMemoryEither() {
    Tenant tenant = new Tenant("failed-" + UUID.randomUUID().toString().substring(0, 8));
    String subscription = "failed-" + UUID.randomUUID();
    long pending = await(outbox().count());
    BulkWrite failing =
        new BulkWrite.Insert(
            entity(), List.of(pending(subscription, 1), unencodable(subscription)));

    assertThat(await(bulkStore().write(tenant, List.of(failing))))
        .singleElement()
        .extracting(BulkOutcome::status)
        .isEqualTo(BulkOutcome.Status.FAILED);
    assertThat(await(store().tenantExists(tenant))).isFalse();
    assertThat(await(outbox().count())).isEqualTo(pending);

    Entity next = entity();
    await(store().insert(tenant, next));
    long counted = await(outbox().count());
    embedded = embedded.reopen();
    assertThat(await(store().tenantExists(tenant))).isTrue();
    assertThat(await(store().find(tenant, next.id()))).isPresent();
    assertThat(await(outbox().count())).isEqualTo(counted);
  }
}
