package org.civicbroker.broker.subscription.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.load;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.newId;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.broker.subscription.status.SubscriptionStatusRecorder;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.ForwardingSubscriptionStore;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.broker.subscription.store.mongo.MongoSubscriptionStore;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry's indexes, and its loading from the store. */
class ActiveSubscriptionsTest {
  private static final String EX = "https://example.org/";
  private static final String B1 = "urn:ngsi-ld:Building:b1";
  private static TestMongo mongo;
  private static SubscriptionStore store;

  private final Tenant tenant = new Tenant("reg-" + UUID.randomUUID().toString().substring(0, 8));

  @BeforeAll
  static void start() {
    mongo = TestMongo.memory();
    store = new MongoSubscriptionStore(new TenantDatabases(mongo.client(), TestMongo.DATABASE));
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(30));
  }

  private static ActiveSubscriptions registry(SubscriptionStore s) {
    return new ActiveSubscriptions(s, new SubscriptionStatusRecorder(s));
  }

  private static List<String> ids(List<Subscription> subscriptions) {
    return subscriptions.stream().map(Subscription::id).toList();
  }

  @Test
  void candidatesComeFromEntityIdTypeAndWatchedAttributeIndexes() {
    ActiveSubscriptions registry = registry(store);
    Subscription byId = load("building-b1.json", newId());
    Subscription byType = load("minimal.json", newId());
    Subscription bySelection = load("room-or-building.json", newId());
    Subscription byWatched = load("watched.json", newId());
    List.of(byId, byType, bySelection, byWatched).forEach(s -> registry.put(tenant, s));

    assertThat(ids(registry.candidates(tenant, B1, List.of(EX + "Building"), List.of(EX + "x"))))
        .containsExactlyInAnyOrder(byId.id(), byType.id(), bySelection.id());
    assertThat(
            ids(
                registry.candidates(
                    tenant, "urn:ngsi-ld:Room:r9", List.of(EX + "Room"), List.of(EX + "humidity"))))
        .containsExactlyInAnyOrder(bySelection.id(), byWatched.id());
    assertThat(ids(registry.candidates(tenant, B1, List.of(), List.of())))
        .containsExactly(byId.id());
    assertThat(registry.candidates(Tenant.DEFAULT, B1, List.of(EX + "Building"), List.of()))
        .extracting(Subscription::id)
        .doesNotContain(byId.id());
  }

  @Test
  void anUpdateMovesTheSubscriptionBetweenIndexEntries() {
    ActiveSubscriptions registry = registry(store);
    String id = newId();
    registry.put(tenant, load("minimal.json", id));

    registry.put(tenant, load("watched.json", id));

    assertThat(registry.candidates(tenant, B1, List.of(EX + "Building"), List.of())).isEmpty();
    assertThat(ids(registry.candidates(tenant, B1, List.of(), List.of(EX + "humidity"))))
        .containsExactly(id);
    assertThat(registry.size()).isEqualTo(1);
  }

  @Test
  void removeDropsTheSubscriptionEverywhere() {
    ActiveSubscriptions registry = registry(store);
    Subscription periodic = load("periodic.json", newId());
    registry.put(tenant, periodic);

    registry.remove(tenant, periodic.id());

    assertThat(registry.get(tenant, periodic.id())).isEmpty();
    assertThat(registry.candidates(tenant, B1, List.of(EX + "Building"), List.of())).isEmpty();
    assertThat(registry.periodic())
        .extracting(TenantSubscription::subscription)
        .doesNotContain(periodic);
  }

  @Test
  void periodicSubscriptionsComeWithTheirTenant() {
    ActiveSubscriptions registry = registry(store);
    Subscription periodic = load("periodic.json", newId());
    registry.put(tenant, periodic);
    registry.put(tenant, load("minimal.json", newId()));

    assertThat(registry.periodic()).containsExactly(new TenantSubscription(tenant, periodic));
  }

  @Test
  void reloadMirrorsTheStore() {
    Subscription kept = load("minimal.json", newId());
    Subscription deleted = load("watched.json", newId());
    await(store.insert(tenant, kept));
    await(store.insert(tenant, deleted));
    ActiveSubscriptions registry = registry(store);

    await(registry.reload());
    assertThat(registry.all(tenant)).containsExactlyInAnyOrder(kept, deleted);
    await(store.delete(tenant, deleted.id()));
    await(registry.reload());

    assertThat(registry.all(tenant)).containsExactly(kept);
  }

  @Test
  void aReloadNeverUndoesALocalWriteMadeWhileItRan() {
    Subscription stored = load("minimal.json", newId());
    await(store.insert(tenant, stored));
    Subscription local = load("watched.json", newId());
    ActiveSubscriptions[] holder = new ActiveSubscriptions[1];
    SubscriptionStore racing =
        new ForwardingSubscriptionStore(store) {
          @Override
          public Multi<StoredSubscription> scan(Tenant t) {
            return super.scan(t)
                .onCompletion()
                .invoke(
                    () -> {
                      if (t.equals(tenant)) {
                        holder[0].put(tenant, local);
                        holder[0].remove(tenant, stored.id());
                      }
                    });
          }
        };
    holder[0] = registry(racing);

    await(holder[0].reload());

    assertThat(holder[0].all(tenant)).containsExactly(local);
  }

  @Test
  void refreshReadsOneSubscriptionFromTheStore() {
    ActiveSubscriptions registry = registry(store);
    Subscription s = load("minimal.json", newId());
    await(store.insert(tenant, s));

    await(registry.refresh(tenant, s.id()));
    assertThat(registry.get(tenant, s.id())).contains(s);
    await(store.delete(tenant, s.id()));
    await(registry.refresh(tenant, s.id()));

    assertThat(registry.get(tenant, s.id())).isEmpty();
  }

  @Test
  void loadingSeedsTheThrottlingStateFromTheStore() {
    Subscription s = load("throttled.json", newId());
    Instant sent = Instant.parse("2025-02-01T00:00:00Z");
    await(store.insert(tenant, s));
    await(store.record(tenant, s.id(), DeliveryDelta.notified(sent)));
    SubscriptionStatusRecorder recorder = new SubscriptionStatusRecorder(store);
    ActiveSubscriptions registry = new ActiveSubscriptions(store, recorder);

    await(registry.reload());

    assertThat(recorder.lastNotification(tenant, s.id())).contains(sent);
    assertThat(recorder.claim(tenant, s, sent.plusSeconds(5))).isFalse();
  }
}
