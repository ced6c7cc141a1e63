package org.civicbroker.broker.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The Kafka matcher acknowledges a change (so its offset may be committed) only after every
 * notification it causes is in the outbox, retrying each failed one alone.
 */
class KafkaMatchingTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<EntityChange> matched = new CopyOnWriteArrayList<>();

  private static String record() {
    Entity entity = EntityFixtures.load("all-attribute-types.json");
    return new EventCodec()
        .encode(
            new EntityChange(
                UUID.randomUUID().toString(),
                Tenant.DEFAULT,
                entity.id().value(),
                entity.types(),
                ChangeKind.CREATED,
                null,
                entity,
                entity.attributes().names(),
                null,
                entity.createdAt(),
                1,
                "other-instance"));
  }

  private KafkaMatching matching(
      Function<EntityChange, List<Uni<Void>>> notifications, AtomicBoolean ready) {
    Function<EntityChange, List<Uni<Void>>> recording =
        change -> {
          matched.add(change);
          return notifications.apply(change);
        };
    return new KafkaMatching(recording, ready::get, Duration.ofMillis(500), meters);
  }

  private UniAssertSubscriber<Void> consume(KafkaMatching matching, String record) {
    return matching.onRecord(record).subscribe().withSubscriber(UniAssertSubscriber.create());
  }

  private double counter(String name) {
    return meters.counter(name).count();
  }

  @Test
  void theChangeIsAcknowledgedOnlyOnceItsNotificationsAreRecorded() {
    CompletableFuture<Void> first = new CompletableFuture<>();
    CompletableFuture<Void> second = new CompletableFuture<>();
    KafkaMatching matching =
        matching(
            c ->
                List.of(
                    Uni.createFrom().completionStage(first),
                    Uni.createFrom().completionStage(second)),
            new AtomicBoolean(true));

    UniAssertSubscriber<Void> ack = consume(matching, record());
    first.complete(null);
    ack.assertNotTerminated();
    second.complete(null);

    ack.awaitItem(PATIENCE);
    assertThat(matched).hasSize(1);
    assertThat(counter("ngsild.events.kafka.matched")).isOne();
  }

  @Test
  void aFailedRecordingIsRetriedAloneUntilItSucceeds() {
    AtomicInteger flakyAttempts = new AtomicInteger();
    AtomicInteger steadyAttempts = new AtomicInteger();
    Uni<Void> flaky =
        Uni.createFrom()
            .item(flakyAttempts::incrementAndGet)
            .invoke(
                n -> {
                  if (n < 3) {
                    throw new IllegalStateException("store unreachable");
                  }
                })
            .replaceWithVoid();
    Uni<Void> steady = Uni.createFrom().item(steadyAttempts::incrementAndGet).replaceWithVoid();
    KafkaMatching matching = matching(c -> List.of(flaky, steady), new AtomicBoolean(true));

    consume(matching, record()).awaitItem(PATIENCE);

    assertThat(flakyAttempts).hasValue(3);
    assertThat(steadyAttempts).hasValue(1);
    assertThat(counter("ngsild.events.kafka.dropped")).isZero();
  }

  @Test
  void aRecordingThatKeepsFailingIsGivenUpAfterTheRetryTime() {
    Uni<Void> broken = Uni.createFrom().failure(new IllegalStateException("broken"));
    KafkaMatching matching = matching(c -> List.of(broken), new AtomicBoolean(true));

    consume(matching, record()).awaitItem(PATIENCE);

    assertThat(counter("ngsild.events.kafka.dropped")).isOne();
  }

  @Test
  void changesWaitForTheSubscriptionRegistry() {
    AtomicBoolean ready = new AtomicBoolean(false);
    KafkaMatching matching = matching(c -> List.of(), ready);

    UniAssertSubscriber<Void> ack = consume(matching, record());
    assertThat(matched).isEmpty();
    ack.assertNotTerminated();
    ready.set(true);

    ack.awaitItem(PATIENCE);
    assertThat(matched).hasSize(1);
  }

  @Test
  void anUndecodableRecordIsSkipped() {
    KafkaMatching matching = matching(c -> List.of(), new AtomicBoolean(true));

    consume(matching, "{\"format\": 99}").awaitItem(PATIENCE);

    assertThat(matched).isEmpty();
    assertThat(counter("ngsild.events.kafka.dropped")).isOne();
  }
}
