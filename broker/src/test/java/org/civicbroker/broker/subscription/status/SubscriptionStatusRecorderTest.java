package org.civicbroker.broker.subscription.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.load;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.newId;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicbroker.broker.storage.TestMongo;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.DeliveryStatus;
import org.civicbroker.broker.subscription.store.ForwardingSubscriptionStore;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.broker.subscription.store.mongo.MongoSubscriptionStore;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Delivery status counters and throttling claims. */
class SubscriptionStatusRecorderTest {
  private static final Instant T0 = Instant.parse("2025-04-01T12:00:00Z");
  private static TestMongo mongo;
  private static SubscriptionStore store;

  private final Tenant tenant = new Tenant("rec-" + UUID.randomUUID().toString().substring(0, 8));

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

  private Subscription stored(String fixture) {
    Subscription s = load(fixture, newId());
    await(store.insert(tenant, s));
    return s;
  }

  private DeliveryStatus statusOf(Subscription s) {
    return await(store.find(tenant, s.id())).orElseThrow().status();
  }

  @Test
  void aClaimWaitsForTheThrottlingPeriod() {
    SubscriptionStatusRecorder recorder = new SubscriptionStatusRecorder(store);
    Subscription throttled = load("throttled.json", newId());
    Subscription free = load("minimal.json", newId());

    assertThat(recorder.claim(tenant, throttled, T0)).isTrue();
    assertThat(recorder.claim(tenant, throttled, T0.plusSeconds(9))).isFalse();
    assertThat(recorder.claim(tenant, throttled, T0.plusSeconds(10))).isTrue();
    assertThat(recorder.lastNotification(tenant, throttled.id())).contains(T0.plusSeconds(10));
    assertThat(recorder.claim(tenant, free, T0)).isTrue();
    assertThat(recorder.claim(tenant, free, T0)).isTrue();
  }

  @Test
  void outcomesAreCoalescedIntoOneStoreUpdatePerSubscription() {
    Subscription s = stored("minimal.json");
    AtomicInteger writes = new AtomicInteger();
    SubscriptionStore counting =
        new ForwardingSubscriptionStore(store) {
          @Override
          public Uni<Void> record(Tenant t, String id, DeliveryDelta delta) {
            writes.incrementAndGet();
            return super.record(t, id, delta);
          }
        };
    SubscriptionStatusRecorder recorder = new SubscriptionStatusRecorder(counting);
    for (int i = 0; i < 50; i++) {
      recorder.delivered(tenant, s.id(), T0.plusSeconds(i));
    }
    recorder.failed(tenant, s.id(), T0.plusSeconds(60), "timeout", false);

    assertThat(recorder.withPending(tenant, s.id(), DeliveryStatus.NONE).timesSent()).isEqualTo(51);
    await(recorder.flush());

    assertThat(writes.get()).isEqualTo(1);
    assertThat(statusOf(s))
        .isEqualTo(
            new DeliveryStatus(51, 1, T0.plusSeconds(60), T0.plusSeconds(49), T0.plusSeconds(60)));
    assertThat(recorder.withPending(tenant, s.id(), statusOf(s))).isEqualTo(statusOf(s));
  }

  @Test
  void aFailedWriteIsKeptForTheNextFlush() {
    Subscription s = stored("minimal.json");
    AtomicInteger calls = new AtomicInteger();
    SubscriptionStore flaky =
        new ForwardingSubscriptionStore(store) {
          @Override
          public Uni<Void> record(Tenant t, String id, DeliveryDelta delta) {
            return calls.incrementAndGet() == 1
                ? Uni.createFrom().failure(NgsiLdException.badData("store down"))
                : super.record(t, id, delta);
          }
        };
    SubscriptionStatusRecorder recorder = new SubscriptionStatusRecorder(flaky);
    recorder.delivered(tenant, s.id(), T0);

    await(recorder.flush());
    assertThat(statusOf(s).timesSent()).isZero();
    recorder.delivered(tenant, s.id(), T0.plusSeconds(1));
    await(recorder.flush());

    assertThat(statusOf(s).timesSent()).isEqualTo(2);
    assertThat(statusOf(s).lastSuccess()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void claimsAreStoredAsLastNotification() {
    Subscription s = stored("throttled.json");
    SubscriptionStatusRecorder recorder = new SubscriptionStatusRecorder(store);

    recorder.claim(tenant, s, T0);
    await(recorder.flush());

    assertThat(statusOf(s).lastNotification()).isEqualTo(T0);
    assertThat(statusOf(s).timesSent()).isZero();
  }

  @Test
  void forgettingDropsWhatIsPending() {
    Subscription s = stored("minimal.json");
    SubscriptionStatusRecorder recorder = new SubscriptionStatusRecorder(store);
    recorder.delivered(tenant, s.id(), T0);
    recorder.notified(tenant, s.id(), T0);

    recorder.forget(tenant, s.id());
    await(recorder.flush());

    assertThat(statusOf(s)).isEqualTo(DeliveryStatus.NONE);
    assertThat(recorder.lastNotification(tenant, s.id())).isEmpty();
  }

  @Test
  void seedingKeepsTheLaterTime() {
    SubscriptionStatusRecorder recorder = new SubscriptionStatusRecorder(store);
    String id = newId();
    recorder.notified(tenant, id, T0.plusSeconds(5));

    recorder.seed(tenant, id, T0);
    recorder.seed(tenant, id, null);

    assertThat(recorder.lastNotification(tenant, id)).contains(T0.plusSeconds(5));
  }
}
