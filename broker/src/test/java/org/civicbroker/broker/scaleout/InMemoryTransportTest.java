package org.civicbroker.broker.scaleout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.civicbroker.broker.entity.api.Payloads;
import org.civicbroker.broker.notification.TestReceiver;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Without Kafka configured (the default), changes travel in memory: the matcher notifies this
 * instance's changes, and nothing about Kafka exists: no emitter, no client, no thread, no health
 * check.
 */
@QuarkusTest
@TestProfile(InMemoryTransportTest.Memory.class)
class InMemoryTransportTest {
  /**
   * The transport named explicitly (it is the default); also an application of its own, so the
   * notification sent here does not show in other tests' delivery metrics.
   */
  public static class Memory implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("broker.events.transport", "memory");
    }
  }

  @Inject Vertx vertx;
  @Inject KafkaClientService kafkaClients;

  /** Records warnings and errors logged anywhere while a test runs. */
  private static final class Problems extends Handler {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        records.add(record);
      }
    }

    List<String> messages() {
      return records.stream()
          .map(r -> r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage())
          .map(m -> String.valueOf(m).toLowerCase(Locale.ROOT))
          .toList();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void changesAreMatchedInMemoryAndNoKafkaClientExists() {
    Problems problems = new Problems();
    Logger.getLogger("").addHandler(problems);
    try {
      matchInMemory();
    } finally {
      Logger.getLogger("").removeHandler(problems);
    }

    assertThat(problems.messages()).noneMatch(m -> m.contains("kafka"));
    assertThat(createdBeans()).doesNotContain(KafkaOutlet.class);
    assertThat(kafkaClients.getConsumerChannels()).isEmpty();
    assertThat(kafkaClients.getProducerChannels()).isEmpty();
    assertThat(Thread.getAllStackTraces().keySet())
        .extracting(t -> t.getName().toLowerCase(Locale.ROOT))
        .noneMatch(name -> name.contains("kafka"));
    assertThat(given().get("/q/health").asString()).doesNotContainIgnoringCase("kafka");
  }

  private void matchInMemory() {
    try (TestReceiver receiver = TestReceiver.start(vertx, TestReceiver.ok())) {
      String room = "urn:ngsi-ld:Room:" + UUID.randomUUID();
      given()
          .contentType("application/json")
          .body(
              Payloads.load("kafka/rooms-subscription.json", "urn:ngsi-ld:Subscription:" + room)
                  .replace("${uri}", receiver.url("/memory")))
          .post("/ngsi-ld/v1/subscriptions")
          .then()
          .statusCode(201);
      given()
          .contentType("application/json")
          .body(Payloads.load("kafka/room.json", room))
          .post("/ngsi-ld/v1/entities/")
          .then()
          .statusCode(201);

      await().atMost(Duration.ofSeconds(20)).until(() -> receiver.acceptedCount() >= 1);
      assertThat(new String(receiver.requests().get(0).body())).contains(room);
    }
  }

  /** The classes of the application-scoped beans instantiated so far. */
  private static List<Class<?>> createdBeans() {
    return Arc.container()
        .getActiveContext(ApplicationScoped.class)
        .getState()
        .getContextualInstances()
        .keySet()
        .stream()
        .<Class<?>>map(InjectableBean::getBeanClass)
        .toList();
  }
}
