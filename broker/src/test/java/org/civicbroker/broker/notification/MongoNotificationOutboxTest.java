package org.civicbroker.broker.notification;

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
import org.civicbroker.broker.notification.outbox.NotificationOutbox.Candidate;
import org.civicbroker.broker.notification.outbox.mongo.MongoNotificationOutbox;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox and its claims on the embedded server, through the real driver. */
class MongoNotificationOutboxTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final Endpoint ENDPOINT = TestNotifications.endpoint("http://127.0.0.1:9/n");

  private final TestMongo mongo = TestMongo.memory();
  private final MongoNotificationOutbox outbox = new MongoNotificationOutbox(mongo.databases());

  @AfterEach
  void close() {
    mongo.close();
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(10));
  }

  private PendingNotification pending(String name, Endpoint endpoint, Instant dueAt) {
    Notification n = TestNotifications.of(name, 1, endpoint);
    return new PendingNotification(n, 0, T0, dueAt, T0);
  }

  private void addUnclaimed(PendingNotification pending) {
    assertThat(await(outbox.add(pending, null))).isTrue();
  }

  @Test
  void aNotificationComesBackAsItWasStored() {
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
    await(outbox.add(new PendingNotification(n, 0, T0, T0, T0.plusSeconds(30)), "a"));

    PendingNotification back =
        await(outbox.claim(n.id(), "b", T0.plusSeconds(31), T0.plusSeconds(60))).orElseThrow();

    assertThat(back.notification()).usingRecursiveComparison().isEqualTo(n);
    assertThat(back.attempts()).isZero();
    assertThat(back.createdAt()).isEqualTo(T0);
    assertThat(back.claimedUntil()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aDeletedSubscriptionsNotificationsAreRemovedAndNoOthers() {
    for (int n = 1; n <= 3; n++) {
      addUnclaimed(
          new PendingNotification(TestNotifications.of("gone", n, ENDPOINT), 0, T0, T0, T0));
    }
    addUnclaimed(pending("kept", ENDPOINT, T0));

    assertThat(await(outbox.removeAll(Tenant.DEFAULT, "urn:ngsi-ld:Subscription:gone")))
        .isEqualTo(3);
    assertThat(await(outbox.removeAll(new Tenant("other"), "urn:ngsi-ld:Subscription:kept")))
        .isZero();
    assertThat(await(outbox.due(T0, Set.of(), 10)))
        .extracting(org.civicbroker.broker.notification.outbox.NotificationOutbox.Candidate::id)
        .containsExactly(pending("kept", ENDPOINT, T0).id());
  }

  @Test
  void concurrentAddsAndRemovalsAreGroupedAndEachGetsItsOwnOutcome() {
    List<Uni<Boolean>> adds = new java.util.ArrayList<>();
    for (int n = 0; n < 60; n++) {
      adds.add(outbox.add(pending("burst-" + (n % 40), ENDPOINT, T0), "a"));
    }
    List<Boolean> added = await(Uni.join().all(adds).andFailFast());

    assertThat(added.subList(0, 40)).containsOnly(true);
    assertThat(added.subList(40, 60)).containsOnly(false);
    assertThat(await(outbox.count())).isEqualTo(40);

    List<Uni<Void>> removals = new java.util.ArrayList<>();
    for (int n = 0; n < 40; n += 2) {
      removals.add(outbox.remove(pending("burst-" + n, ENDPOINT, T0).id()));
    }
    await(Uni.join().all(removals).andFailFast());
    assertThat(await(outbox.count())).isEqualTo(20);
  }

  @Test
  void addingTheSameIdTwiceKeepsTheFirst() {
    PendingNotification first = pending("twice", ENDPOINT, T0);
    assertThat(await(outbox.add(first, "a"))).isTrue();
    assertThat(await(outbox.add(first, "b"))).isFalse();
    assertThat(await(outbox.count())).isEqualTo(1);
  }

  @Test
  void dueNotificationsComeEarliestFirstSkippingClaimedFutureAndFullQueues() {
    Endpoint other = TestNotifications.endpoint("http://other.example/n");
    addUnclaimed(pending("late", ENDPOINT, T0.plusSeconds(5)));
    addUnclaimed(pending("early", ENDPOINT, T0.minusSeconds(5)));
    addUnclaimed(pending("future", ENDPOINT, T0.plusSeconds(60)));
    addUnclaimed(pending("elsewhere", other, T0));
    await(outbox.add(pending("held", ENDPOINT, T0).withClaimUntil(T0.plusSeconds(30)), "a"));

    Instant now = T0.plusSeconds(10);
    assertThat(await(outbox.due(now, Set.of(), 10)))
        .extracting(Candidate::id)
        .containsExactly(
            "urn:ngsi-ld:Notification:early-1",
            "urn:ngsi-ld:Notification:elsewhere-1",
            "urn:ngsi-ld:Notification:late-1");
    assertThat(await(outbox.due(now, Set.of(ENDPOINT.queueKey()), 10)))
        .extracting(Candidate::id)
        .containsExactly("urn:ngsi-ld:Notification:elsewhere-1");
    assertThat(await(outbox.due(now, Set.of(), 1))).hasSize(1);
  }

  @Test
  void aClaimExcludesOthersUntilItLapsesOrIsReleased() {
    String id = pending("claimed", ENDPOINT, T0).id();
    addUnclaimed(pending("claimed", ENDPOINT, T0));

    assertThat(await(outbox.claim(id, "a", T0, T0.plusSeconds(30)))).isPresent();
    assertThat(await(outbox.claim(id, "b", T0.plusSeconds(29), T0.plusSeconds(59)))).isEmpty();
    assertThat(await(outbox.due(T0.plusSeconds(29), Set.of(), 10))).isEmpty();

    await(outbox.release(List.of(id), "b"));
    assertThat(await(outbox.claim(id, "b", T0.plusSeconds(29), T0.plusSeconds(59)))).isEmpty();
    await(outbox.release(List.of(id), "a"));
    assertThat(await(outbox.claim(id, "b", T0.plusSeconds(29), T0.plusSeconds(59)))).isPresent();
    assertThat(await(outbox.claim(id, "a", T0.plusSeconds(60), T0.plusSeconds(90)))).isPresent();
  }

  @Test
  void onlyTheHolderRenewsOrReschedules() {
    String id = pending("renewed", ENDPOINT, T0).id();
    addUnclaimed(pending("renewed", ENDPOINT, T0));
    await(outbox.claim(id, "a", T0, T0.plusSeconds(30)));

    assertThat(await(outbox.renew(List.of(id), "b", T0.plusSeconds(90)))).isZero();
    assertThat(await(outbox.renew(List.of(id), "a", T0.plusSeconds(90)))).isEqualTo(1);
    assertThat(await(outbox.claim(id, "b", T0.plusSeconds(60), T0.plusSeconds(99)))).isEmpty();

    await(outbox.reschedule(id, "b", 1, T0, "not mine"));
    await(outbox.reschedule(id, "a", 3, T0.plusSeconds(100), "HTTP 503"));
    assertThat(await(outbox.due(T0.plusSeconds(99), Set.of(), 10))).isEmpty();
    PendingNotification retried =
        await(outbox.claim(id, "b", T0.plusSeconds(100), T0.plusSeconds(130))).orElseThrow();
    assertThat(retried.attempts()).isEqualTo(3);
    assertThat(retried.dueAt()).isEqualTo(T0.plusSeconds(100));

    await(outbox.remove(id));
    assertThat(await(outbox.count())).isZero();
  }

  @Test
  void twoBrokersRacingForTheSameNotificationsClaimEachOnce() {
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
                      await(outbox.claim(id, broker, T0, T0.plusSeconds(30)));
                  won.ifPresent(p -> assertThat(winners.put(id, broker)).isNull());
                }
              }));
    }
    racers.forEach(CompletableFuture::join);

    assertThat(winners).hasSize(60);
  }
}
