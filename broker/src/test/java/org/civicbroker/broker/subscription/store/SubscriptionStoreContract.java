package org.civicbroker.broker.subscription.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.load;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.newId;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SubscriptionStore} must have, run against each implementation on real
 * storage. Tests use fresh ids and tenants, so they share one store.
 */
public interface SubscriptionStoreContract {
  Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  SubscriptionStore store();

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static Tenant newTenant() {
    return new Tenant("subs-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private StoredSubscription stored(Tenant tenant, String id) {
    return await(store().find(tenant, id)).orElseThrow();
  }

  private Subscription insert(Tenant tenant, String fixture) {
    Subscription s = load(fixture, newId()).toBuilder().createdAt(T0).modifiedAt(T0).build();
    await(store().insert(tenant, s));
    return s;
  }

  @Test
  default void everyMemberIsStoredAndLoadedBackUnchanged() {
    Tenant tenant = newTenant();
    Subscription s = insert(tenant, "full.json");

    StoredSubscription found = stored(tenant, s.id());

    assertThat(found.subscription()).isEqualTo(s);
    assertThat(found.subscription().requestContext()).isEqualTo(s.requestContext());
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.status()).isEqualTo(DeliveryStatus.NONE);
  }

  @Test
  default void periodicAndWatchedSubscriptionsRoundTrip() {
    Tenant tenant = newTenant();
    Subscription periodic = insert(tenant, "periodic.json");
    Subscription watched = insert(tenant, "watched.json");

    assertThat(stored(tenant, periodic.id()).subscription()).isEqualTo(periodic);
    assertThat(stored(tenant, watched.id()).subscription()).isEqualTo(watched);
  }

  @Test
  default void aSecondInsertWithTheSameIdIsAlreadyExists() {
    Tenant tenant = newTenant();
    Subscription s = insert(tenant, "minimal.json");

    assertThatThrownBy(() -> await(store().insert(tenant, s)))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.ALREADY_EXISTS));
  }

  @Test
  default void unknownIdsAndTenantsFindNothingAndCreateNothing() {
    Tenant unknown = newTenant();

    assertThat(await(store().find(Tenant.DEFAULT, newId()))).isEmpty();
    assertThat(await(store().find(unknown, newId()))).isEmpty();
    assertThat(await(store().list(unknown, 0, 10, true)).items()).isEmpty();
    assertThat(await(store().list(unknown, 0, 10, true)).total()).isZero();
    assertThat(await(store().delete(unknown, newId()))).isFalse();
    assertThat(await(store().scan(unknown).collect().asList())).isEmpty();
    assertThat(await(store().tenantExists(unknown))).isFalse();
    assertThat(await(store().tenants())).doesNotContain(unknown).contains(Tenant.DEFAULT);
  }

  @Test
  default void listPagesInIdOrderAndCounts() {
    Tenant tenant = newTenant();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(insert(tenant, "minimal.json").id());
    }
    ids.sort(Comparator.naturalOrder());

    SubscriptionPage first = await(store().list(tenant, 0, 2, true));
    SubscriptionPage last = await(store().list(tenant, 4, 2, false));
    SubscriptionPage countOnly = await(store().list(tenant, 0, 0, true));

    assertThat(first.items()).extracting(p -> p.subscription().id()).isEqualTo(ids.subList(0, 2));
    assertThat(first.total()).isEqualTo(5);
    assertThat(last.items()).extracting(p -> p.subscription().id()).containsExactly(ids.get(4));
    assertThat(last.total()).isEqualTo(SubscriptionPage.NOT_COUNTED);
    assertThat(countOnly.items()).isEmpty();
    assertThat(countOnly.total()).isEqualTo(5);
    assertThat(await(store().scan(tenant).collect().asList()))
        .extracting(p -> p.subscription().id())
        .isEqualTo(ids);
    assertThat(await(store().tenants())).contains(tenant);
    assertThat(await(store().tenantExists(tenant))).isTrue();
  }

  @Test
  default void replaceIsACompareAndSetThatKeepsTheStatus() {
    Tenant tenant = newTenant();
    Subscription s = insert(tenant, "minimal.json");
    await(store().record(tenant, s.id(), DeliveryDelta.delivered(T0)));
    Subscription paused = s.toBuilder().active(false).modifiedAt(T0.plusSeconds(5)).build();

    boolean first = await(store().replace(tenant, paused, 1));
    boolean stale = await(store().replace(tenant, s, 1));

    assertThat(first).isTrue();
    assertThat(stale).isFalse();
    StoredSubscription found = stored(tenant, s.id());
    assertThat(found.subscription()).isEqualTo(paused);
    assertThat(found.version()).isEqualTo(2);
    assertThat(found.status().timesSent()).isEqualTo(1);
    assertThat(await(store().replace(tenant, load("minimal.json", newId()), 1))).isFalse();
  }

  @Test
  default void deleteRemovesOnce() {
    Tenant tenant = newTenant();
    Subscription s = insert(tenant, "minimal.json");

    assertThat(await(store().delete(tenant, s.id()))).isTrue();
    assertThat(await(store().delete(tenant, s.id()))).isFalse();
    assertThat(await(store().find(tenant, s.id()))).isEmpty();
  }

  @Test
  default void deliveryDeltasAddCountsAndKeepTheLatestTimes() {
    Tenant tenant = newTenant();
    Subscription s = insert(tenant, "minimal.json");
    Instant t1 = T0.plusSeconds(1);
    Instant t2 = T0.plusSeconds(2);

    await(store().record(tenant, s.id(), DeliveryDelta.delivered(t2)));
    await(store().record(tenant, s.id(), DeliveryDelta.failed(t1).merge(DeliveryDelta.failed(t1))));
    await(store().record(tenant, s.id(), DeliveryDelta.delivered(T0)));
    await(store().record(tenant, s.id(), DeliveryDelta.notified(t1)));

    DeliveryStatus status = stored(tenant, s.id()).status();
    assertThat(status).isEqualTo(new DeliveryStatus(4, 2, t2, t2, t1));
    assertThat(status.notificationStatus()).isEqualTo("ok");
    assertThat(stored(tenant, s.id()).version()).isEqualTo(1);
  }

  @Test
  default void deltasOfSeveralSubscriptionsAreRecordedTogether() {
    Tenant tenant = newTenant();
    Subscription a = insert(tenant, "minimal.json");
    Subscription b = insert(tenant, "minimal.json");
    Instant t1 = T0.plusSeconds(1);

    await(
        store()
            .recordAll(
                tenant,
                java.util.Map.of(
                    a.id(), DeliveryDelta.delivered(t1),
                    b.id(), DeliveryDelta.failed(T0),
                    newId(), DeliveryDelta.delivered(T0))));
    await(store().recordAll(newTenant(), java.util.Map.of(newId(), DeliveryDelta.delivered(T0))));

    assertThat(stored(tenant, a.id()).status()).isEqualTo(new DeliveryStatus(1, 0, t1, t1, null));
    assertThat(stored(tenant, b.id()).status()).isEqualTo(new DeliveryStatus(1, 1, T0, null, T0));
    assertThat(await(store().list(tenant, 0, 10, true)).total()).isEqualTo(2);
  }

  @Test
  default void deltasForMissingSubscriptionsAreIgnored() {
    Tenant tenant = newTenant();
    insert(tenant, "minimal.json");

    await(store().record(tenant, newId(), DeliveryDelta.delivered(T0)));
    await(store().record(newTenant(), newId(), DeliveryDelta.delivered(T0)));

    assertThat(await(store().list(tenant, 0, 10, true)).total()).isEqualTo(1);
  }

  @Test
  default void onePeriodicClaimWinsPerInterval() {
    Tenant tenant = newTenant();
    Subscription s = insert(tenant, "periodic.json");
    Duration interval = s.timeInterval();

    boolean first = await(store().claimPeriodic(tenant, s.id(), T0, interval));
    boolean sameTime = await(store().claimPeriodic(tenant, s.id(), T0, interval));
    boolean early =
        await(store().claimPeriodic(tenant, s.id(), T0.plus(interval).minusMillis(1), interval));
    boolean due = await(store().claimPeriodic(tenant, s.id(), T0.plus(interval), interval));
    boolean again = await(store().claimPeriodic(tenant, s.id(), T0.plus(interval), interval));

    assertThat(List.of(first, sameTime, early, due, again))
        .containsExactly(true, false, false, true, false);
    StoredSubscription found = stored(tenant, s.id());
    assertThat(found.subscription()).isEqualTo(s);
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.status()).isEqualTo(DeliveryStatus.NONE);
  }

  @Test
  default void concurrentPeriodicClaimsHaveOneWinner() {
    Tenant tenant = newTenant();
    Subscription s = insert(tenant, "periodic.json");

    List<Boolean> claims =
        await(
            io.smallrye.mutiny.Multi.createFrom()
                .range(0, 8)
                .onItem()
                .transformToUniAndMerge(
                    n -> store().claimPeriodic(tenant, s.id(), T0.plusMillis(n), s.timeInterval()))
                .collect()
                .asList());

    assertThat(claims).containsOnlyOnce(true).hasSize(8);
  }

  @Test
  default void periodicClaimsOfMissingSubscriptionsFail() {
    Tenant tenant = newTenant();
    insert(tenant, "periodic.json");

    assertThat(await(store().claimPeriodic(tenant, newId(), T0, Duration.ofSeconds(1)))).isFalse();
    assertThat(await(store().claimPeriodic(newTenant(), newId(), T0, Duration.ofSeconds(1))))
        .isFalse();
  }
}
