package org.civicbroker.broker.subscription.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.load;
import static org.civicbroker.broker.subscription.SubscriptionFixtures.newId;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;
import org.junit.jupiter.api.Test;

/**
 * Subscription writes emit one change event each; events from other broker instances update the
 * registry from the store, this instance's own events are ignored.
 */
@QuarkusTest
class SubscriptionChangesTest {
  private static final String BASE = "/ngsi-ld/v1/subscriptions/";

  @Inject RecordedSubscriptionChanges recorded;
  @Inject SubscriptionChangeConsumer consumer;
  @Inject ActiveSubscriptions registry;
  @Inject SubscriptionStore store;

  @Test
  void eachCommittedWriteEmitsOneEvent() {
    String id = newId();
    String body =
        "{\"id\":\""
            + id
            + "\",\"type\":\"Subscription\",\"entities\":[{\"type\":\"Building\"}],"
            + "\"notification\":{\"endpoint\":{\"uri\":\"http://127.0.0.1:9/n\"}}}";
    given().contentType("application/json").body(body).post(BASE).then().statusCode(201);
    given().contentType("application/json").body(body).post(BASE).then().statusCode(409);
    given()
        .contentType("application/json")
        .body("{\"isActive\":false}")
        .patch(BASE + id)
        .then()
        .statusCode(204);
    given()
        .contentType("application/json")
        .body("{\"throttling\":-1}")
        .patch(BASE + id)
        .then()
        .statusCode(400);
    given().delete(BASE + id).then().statusCode(204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(recorded.of(id))
                    .extracting(SubscriptionChange::kind)
                    .containsExactly(
                        SubscriptionChange.Kind.CREATED,
                        SubscriptionChange.Kind.UPDATED,
                        SubscriptionChange.Kind.DELETED));
    assertThat(recorded.of(id)).allSatisfy(e -> assertThat(e.origin()).isEqualTo(InstanceId.VALUE));
  }

  @Test
  void anotherInstancesWriteReachesTheRegistryThroughItsEvent() {
    Tenant tenant = new Tenant("otherinstance");
    Subscription s = load("minimal.json", newId());
    store.insert(tenant, s).await().indefinitely();
    SubscriptionChange fromElsewhere =
        new SubscriptionChange(
            "e1", tenant, s.id(), SubscriptionChange.Kind.CREATED, Instant.now(), "other-broker");
    SubscriptionChange fromHere =
        new SubscriptionChange(
            "e2", tenant, s.id(), SubscriptionChange.Kind.CREATED, Instant.now(), InstanceId.VALUE);

    consumer.onChange(fromHere).await().indefinitely();
    assertThat(registry.get(tenant, s.id())).isEmpty();
    consumer.onChange(fromElsewhere).await().indefinitely();
    assertThat(registry.get(tenant, s.id())).contains(s);

    store.delete(tenant, s.id()).await().indefinitely();
    consumer.onChange(fromElsewhere).await().indefinitely();
    assertThat(registry.get(tenant, s.id())).isEmpty();
  }
}
