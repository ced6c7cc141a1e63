package org.civicbroker.broker.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civicbroker.broker.entity.api.Payloads;
import org.junit.jupiter.api.Test;

/** Every committed write emits exactly one EntityChange; rejected writes emit none. */
@QuarkusTest
class EntityChangeEventsTest {
  private static final String TEMPERATURE =
      "https://uri.etsi.org/ngsi-ld/default-context/temperature";
  private static final String HUMIDITY = "https://uri.etsi.org/ngsi-ld/default-context/humidity";
  private static final String BASE = "/ngsi-ld/v1/entities/";

  @Inject RecordedChanges recorded;

  @Test
  void eachCommittedWriteEmitsExactlyOneEventWithItsChange() {
    String id = "urn:ngsi-ld:Room:" + UUID.randomUUID();
    create(id).then().statusCode(201);
    create(id).then().statusCode(409);
    patch(id, "{\"temperature\": {\"type\": \"Property\", \"value\": 25}}").then().statusCode(204);
    patch(id, "{\"temperature\": {\"type\": \"Property\"}}").then().statusCode(400);
    given()
        .contentType("application/json")
        .body("{\"humidity\": {\"type\": \"Property\", \"value\": 1}}")
        .post(BASE + id + "/attrs?options=noOverwrite")
        .then()
        .statusCode(207);
    given().delete(BASE + id + "/attrs/humidity").then().statusCode(204);
    given().delete(BASE + id).then().statusCode(204);
    given().delete(BASE + id).then().statusCode(404);

    List<EntityChange> events = awaitEvents(id, 4);
    assertThat(events)
        .extracting(EntityChange::kind)
        .containsExactly(
            ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.UPDATED, ChangeKind.DELETED);
    EntityChange created = events.get(0);
    assertThat(created.before()).isNull();
    assertThat(created.after().attributes().names()).contains(TEMPERATURE, HUMIDITY);
    assertThat(created.types())
        .containsExactly("https://uri.etsi.org/ngsi-ld/default-context/Room");
    EntityChange patched = events.get(1);
    assertThat(patched.changedAttributes()).containsExactly(TEMPERATURE);
    assertThat(value(patched.before(), TEMPERATURE)).isEqualTo("21.5");
    assertThat(value(patched.after(), TEMPERATURE)).isEqualTo("25");
    assertThat(patched.context()).isNull();
    EntityChange attributeDeleted = events.get(2);
    assertThat(attributeDeleted.changedAttributes()).containsExactly(HUMIDITY);
    assertThat(attributeDeleted.after().attributes().contains(HUMIDITY)).isFalse();
    EntityChange deleted = events.get(3);
    assertThat(deleted.after()).isNull();
    assertThat(deleted.before().id().value()).isEqualTo(id);
    assertThat(events).extracting(EntityChange::eventId).doesNotHaveDuplicates();
  }

  @Test
  void theRequestContextTravelsWithTheEvent() {
    String id = "urn:ngsi-ld:Room:" + UUID.randomUUID();
    create(id).then().statusCode(201);
    List<EntityChange> events = awaitEvents(id, 1);
    assertThat(events.get(0).context().asText())
        .isEqualTo("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld");
  }

  /**
   * The events of {@code id} once all are delivered: the channel keeps order, so when the event of
   * a sentinel entity written afterwards has arrived, every earlier event (and any duplicate) has.
   */
  private List<EntityChange> awaitEvents(String id, int count) {
    String sentinel = "urn:ngsi-ld:Sentinel:" + UUID.randomUUID();
    create(sentinel).then().statusCode(201);
    await().atMost(Duration.ofSeconds(10)).until(() -> !recorded.of(sentinel).isEmpty());
    assertThat(recorded.of(id)).hasSize(count);
    return recorded.of(id);
  }

  private static String value(org.civicbroker.model.entity.Entity entity, String name) {
    return ((org.civicbroker.model.entity.Property) entity.attributes().get(name).get(0))
        .value()
        .toString();
  }

  private static io.restassured.response.Response create(String id) {
    return given()
        .contentType("application/ld+json")
        .body(Payloads.load("api/room.jsonld", id))
        .post(BASE);
  }

  private static io.restassured.response.Response patch(String id, String body) {
    return given().contentType("application/json").body(body).patch(BASE + id + "/attrs");
  }
}
