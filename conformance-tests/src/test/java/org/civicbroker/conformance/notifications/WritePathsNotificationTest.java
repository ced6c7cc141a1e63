package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.Map;
import org.civicbroker.conformance.Fixtures;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every kind of entity write notifies (clause 5.8.6 applies to changes however they are made):
 * merge (5.6.17), replace (5.6.18), partial attribute update (5.6.4) and attribute replace
 * (5.6.19), each with the entity as it is after the write.
 */
@DisplayName("5.8.6 Notifications of every kind of write")
class WritePathsNotificationTest extends NotificationTest {
  private NotificationReceiver receiver;
  private String entity;

  @BeforeEach
  void subscribeToAnEntity() {
    entity = createEntity("building.json");
    receiver = receiver();
    subscribe(subscription("by-type.json", receiver.url("/notify")));
  }

  private JsonNode notified() {
    return onlyEntity(await(receiver, 1).get(0));
  }

  private static void assertNoContent(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
  }

  private String fragment(String name) {
    return Fixtures.text("notifications/fragments/" + name, Map.of("id", entity, "type", type));
  }

  @Test
  @DisplayName("5.6.17 merge entity (PATCH /entities/{id})")
  void merge() {
    assertNoContent(
        entityRequest().body(fragment("merge-air-quality.json")).patch("/entities/{id}", entity));

    JsonNode data = notified();

    assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(5);
    assertThat(data.path("name").path("value").asText()).isEqualTo("Eiffel Tower");
  }

  @Test
  @DisplayName("5.6.18 replace entity (PUT /entities/{id}): removed attributes are NGSI-LD Null")
  void replace() {
    assertNoContent(
        entityRequest().body(fragment("replacement.json")).put("/entities/{id}", entity));

    JsonNode data = notified();

    assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(6);
    assertThat(data.path("name").path("value").asText())
        .isEqualTo(NotificationTriggerTest.NGSI_LD_NULL);
  }

  @Test
  @DisplayName("5.6.4 partial attribute update (PATCH /entities/{id}/attrs/{attr})")
  void partialAttributeUpdate() {
    assertNoContent(
        entityRequest()
            .body(fragment("value-7.json"))
            .patch("/entities/{id}/attrs/{attr}", entity, "airQualityLevel"));

    JsonNode air = notified().path("airQualityLevel");

    assertThat(air.path("value").asInt()).isEqualTo(7);
    assertThat(air.path("unitCode").asText()).isEqualTo("C62");
  }

  @Test
  @DisplayName("5.6.19 replace attribute (PUT /entities/{id}/attrs/{attr})")
  void replaceAttribute() {
    assertNoContent(
        entityRequest()
            .body(fragment("property-8.json"))
            .put("/entities/{id}/attrs/{attr}", entity, "airQualityLevel"));

    assertThat(notified().path("airQualityLevel").path("value").asInt()).isEqualTo(8);
  }
}
