package org.civicbroker.broker.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.notification.Endpoint;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.TestNotifications;
import org.civicbroker.broker.notification.outbox.NotificationOutbox.Candidate;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link NotificationOutbox} must have, run against each implementation on real
 * storage. The outbox is shared by every broker of a store, so each test starts from an empty one:
 * {@link #outbox()} is fresh for each test.
 */
public interface NotificationOutboxContract {
  Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  Endpoint ENDPOINT = TestNotifications.endpoint("http://127.0.0.1:9/n");

  /** An empty outbox, fresh for each test. */
  NotificationOutbox outbox();

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(10));
  }

  private static PendingNotification pending(String name, Endpoint endpoint, Instant dueAt) {
    return new PendingNotification(TestNotifications.of(name, 1, endpoint), 0, T0, dueAt, T0);
  }

  private static String id(String name) {
    return pending(name, ENDPOINT, T0).id();
  }

  private void addUnclaimed(PendingNotification pending) {
    assertThat(await(outbox().add(pending, null))).isTrue();
  }

  private List<String> due(Instant now) {
    return await(outbox().due(now, Set.of(), 100)).stream().map(Candidate::id).toList();
  }

  @Test
  default void aNotificationComesBackAsItWasStored() {
    Endpoint endpoint =
        new Endpoint(
            URI.create("mqtt://user:pw@broker.example:1884/city/air"),
            "application/ld+json",
            Map.of("X.Dotted.Key", "a", "$dollar", "b"),
            Map.of("MQTT-QoS", "1"));
    Notification n =
        new Notification(
            "urn:ngsi-ld:Notification:round-trip",
            new Tenant("madrid"),
            "urn:ngsi-ld:Subscription:s1",
            endpoint,
            TestNotifications.body("urn:ngsi-ld:Notification:round-trip", "s1"),
            "application/ld+json",
            Map.of("Link", "<x>; rel=\"y\""),
            Instant.parse("2024-05-01T10:00:00.123456Z"));
    await(outbox().add(new PendingNotification(n, 0, T0, T0, T0.plusSeconds(30)), "a"));

    PendingNotification back =
        await(outbox().claim(n.id(), "b", T0.plusSeconds(31), T0.plusSeconds(60))).orElseThrow();

    assertThat(back.notification()).usingRecursiveComparison().isEqualTo(n);
    assertThat(back.attempts()).isZero();
    assertThat(back.createdAt()).isEqualTo(T0);
    assertThat(back.dueAt()).isEqualTo(T0);
    assertThat(back.claimedUntil()).isEqualTo(T0.plusSeconds(60));
    assertThat(back.queueKey()).isEqualTo("mqtt://broker.example:1884");
  }

  /** Header and receiverInfo values have no length limit of their own (the request's only). */
  @Test
  default void longValuesAndAnyTextComeBackUnchanged() {
    String large = "x\u00e9\u4e2d\ud83d\ude00".repeat(20_000);
    Endpoint endpoint =
        new Endpoint(
            URI.create("http://127.0.0.1:9/long"),
            "application/json",
            Map.of("X-Large", large),
            Map.of());
    Notification base = TestNotifications.of("long", 1, endpoint, Map.of("X-Large", large));
    await(outbox().add(new PendingNotification(base, 0, T0, T0, T0), null));

    PendingNotification back =
        await(outbox().claim(base.id(), "a", T0, T0.plusSeconds(30))).orElseThrow();

    assertThat(back.notification()).usingRecursiveComparison().isEqualTo(base);
  }

  @Test
  default void addingTheSameIdTwiceKeepsTheFirstAndItsClaim() {
    PendingNotification first = pending("twice", ENDPOINT, T0).withClaimUntil(T0.plusSeconds(30));

    assertThat(await(outbox().add(first, "a"))).isTrue();
    assertThat(await(outbox().add(pending("twice", ENDPOINT, T0), null))).isFalse();

    assertThat(await(outbox().count())).isEqualTo(1);
    assertThat(due(T0.plusSeconds(29))).isEmpty();
    assertThat(await(outbox().claim(first.id(), "b", T0.plusSeconds(29), T0.plusSeconds(60))))
        .isEmpty();
  }

  @Test
  default void dueNotificationsComeEarliestFirstSkippingClaimedFutureAndFullQueues() {
    Endpoint other = TestNotifications.endpoint("http://other.example/n");
    addUnclaimed(pending("late", ENDPOINT, T0.plusSeconds(5)));
    addUnclaimed(pending("early", ENDPOINT, T0.minusSeconds(5)));
    addUnclaimed(pending("future", ENDPOINT, T0.plusSeconds(60)));
    addUnclaimed(pending("elsewhere", other, T0));
    await(outbox().add(pending("held", ENDPOINT, T0).withClaimUntil(T0.plusSeconds(30)), "a"));

    Instant now = T0.plusSeconds(10);
    assertThat(due(now)).containsExactly(id("early"), id("elsewhere"), id("late"));
    assertThat(await(outbox().due(now, Set.of(ENDPOINT.queueKey()), 10)))
        .containsExactly(new Candidate(id("elsewhere"), other.queueKey()));
    assertThat(await(outbox().due(now, Set.of(), 1)))
        .containsExactly(new Candidate(id("early"), ENDPOINT.queueKey()));
    assertThat(due(T0.plusSeconds(60))).contains(id("held"), id("future"));
  }

  @Test
  default void aClaimExcludesOthersUntilItLapsesOrIsReleased() {
    String id = id("claimed");
    addUnclaimed(pending("claimed", ENDPOINT, T0));

    assertThat(await(outbox().claim(id, "a", T0, T0.plusSeconds(30)))).isPresent();
    assertThat(await(outbox().claim(id, "b", T0.plusSeconds(29), T0.plusSeconds(59)))).isEmpty();
    assertThat(due(T0.plusSeconds(29))).isEmpty();

    await(outbox().release(List.of(id), "b"));
    assertThat(await(outbox().claim(id, "b", T0.plusSeconds(29), T0.plusSeconds(59)))).isEmpty();
    await(outbox().release(List.of(id), "a"));
    assertThat(due(T0.plusSeconds(29))).containsExactly(id);
    assertThat(await(outbox().claim(id, "b", T0.plusSeconds(29), T0.plusSeconds(59)))).isPresent();
    assertThat(await(outbox().claim(id, "a", T0.plusSeconds(60), T0.plusSeconds(90)))).isPresent();
  }

  @Test
  default void anExpiredClaimIsDueAndTakenOverAndItsFormerHolderLosesIt() {
    String id = id("lapsed");
    await(outbox().add(pending("lapsed", ENDPOINT, T0).withClaimUntil(T0.plusSeconds(30)), "a"));

    assertThat(due(T0.plusSeconds(29))).isEmpty();
    assertThat(due(T0.plusSeconds(30))).containsExactly(id);
    assertThat(await(outbox().claim(id, "b", T0.plusSeconds(30), T0.plusSeconds(60))))
        .hasValueSatisfying(p -> assertThat(p.claimedUntil()).isEqualTo(T0.plusSeconds(60)));

    assertThat(await(outbox().renew(List.of(id), "a", T0.plusSeconds(90)))).isZero();
    await(outbox().release(List.of(id), "a"));
    await(outbox().reschedule(id, "a", 1, T0, "not mine any more"));
    assertThat(due(T0.plusSeconds(59))).isEmpty();
    assertThat(due(T0.plusSeconds(60))).containsExactly(id);
  }

  @Test
  default void onlyTheHolderRenewsOrReschedules() {
    String id = id("renewed");
    addUnclaimed(pending("renewed", ENDPOINT, T0));
    await(outbox().claim(id, "a", T0, T0.plusSeconds(30)));

    assertThat(await(outbox().renew(List.of(id), "b", T0.plusSeconds(90)))).isZero();
    assertThat(await(outbox().renew(List.of(id, id("unknown")), "a", T0.plusSeconds(90))))
        .isEqualTo(1);
    assertThat(await(outbox().claim(id, "b", T0.plusSeconds(60), T0.plusSeconds(99)))).isEmpty();

    await(outbox().reschedule(id, "b", 1, T0, "not mine"));
    await(outbox().reschedule(id, "a", 3, T0.plusSeconds(100), "HTTP 503"));
    assertThat(due(T0.plusSeconds(99))).isEmpty();
    PendingNotification retried =
        await(outbox().claim(id, "b", T0.plusSeconds(100), T0.plusSeconds(130))).orElseThrow();
    assertThat(retried.attempts()).isEqualTo(3);
    assertThat(retried.dueAt()).isEqualTo(T0.plusSeconds(100));
  }

  @Test
  default void removeTakesOutOneNotificationWhoeverHoldsIt() {
    addUnclaimed(pending("kept", ENDPOINT, T0));
    await(outbox().add(pending("done", ENDPOINT, T0).withClaimUntil(T0.plusSeconds(30)), "a"));

    await(outbox().remove(id("done")));
    await(outbox().remove(id("unknown")));

    assertThat(await(outbox().count())).isEqualTo(1);
    assertThat(due(T0.plusSeconds(60))).containsExactly(id("kept"));
    assertThat(await(outbox().claim(id("done"), "a", T0.plusSeconds(60), T0.plusSeconds(90))))
        .isEmpty();
  }

  @Test
  default void aDeletedSubscriptionsNotificationsAreRemovedAndNoOthers() {
    for (int n = 1; n <= 3; n++) {
      addUnclaimed(
          new PendingNotification(TestNotifications.of("gone", n, ENDPOINT), 0, T0, T0, T0));
    }
    Notification sameIdElsewhere = TestNotifications.of("gone", 9, ENDPOINT);
    Tenant madrid = new Tenant("madrid");
    addUnclaimed(
        new PendingNotification(
            new Notification(
                sameIdElsewhere.id(),
                madrid,
                sameIdElsewhere.subscriptionId(),
                ENDPOINT,
                sameIdElsewhere.body(),
                "application/json",
                Map.of(),
                T0),
            0,
            T0,
            T0,
            T0));
    addUnclaimed(pending("kept", ENDPOINT, T0));
    String gone = "urn:ngsi-ld:Subscription:gone";

    assertThat(await(outbox().removeAll(Tenant.DEFAULT, gone))).isEqualTo(3);
    assertThat(await(outbox().removeAll(new Tenant("other"), gone))).isZero();
    assertThat(await(outbox().removeAll(Tenant.DEFAULT, gone))).isZero();
    assertThat(await(outbox().count())).isEqualTo(2);
    assertThat(due(T0)).containsExactlyInAnyOrder(id("kept"), sameIdElsewhere.id());
    assertThat(await(outbox().removeAll(madrid, gone))).isEqualTo(1);
  }

  @Test
  default void concurrentAddsAndRemovalsEachGetTheirOwnOutcome() {
    List<Uni<Boolean>> adds = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      adds.add(outbox().add(pending("burst-" + (n % 40), ENDPOINT, T0), "a"));
    }
    List<Boolean> added = await(Uni.join().all(adds).andFailFast());

    assertThat(added.subList(0, 40)).containsOnly(true);
    assertThat(added.subList(40, 60)).containsOnly(false);
    assertThat(await(outbox().count())).isEqualTo(40);

    List<Uni<Void>> removals = new ArrayList<>();
    for (int n = 0; n < 40; n += 2) {
      removals.add(outbox().remove(id("burst-" + n)));
    }
    await(Uni.join().all(removals).andFailFast());
    assertThat(await(outbox().count())).isEqualTo(20);
  }

  @Test
  default void brokersRacingForTheSameNotificationsClaimEachOnce() {
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      PendingNotification p = pending("race-" + n, ENDPOINT, T0);
      addUnclaimed(p);
      ids.add(p.id());
    }
    Map<String, String> winners = new ConcurrentHashMap<>();
    List<CompletableFuture<Void>> racers = new ArrayList<>();
    for (String broker : List.of("a", "b", "c")) {
      racers.add(
          CompletableFuture.runAsync(
              () -> {
                for (String id : ids) {
                  Optional<PendingNotification> won =
                      await(outbox().claim(id, broker, T0, T0.plusSeconds(30)));
                  won.ifPresent(p -> assertThat(winners.put(id, broker)).isNull());
                }
              }));
    }
    racers.forEach(CompletableFuture::join);

    assertThat(winners).hasSize(60);
    assertThat(due(T0.plusSeconds(29))).isEmpty();
  }
}
