package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.2.12 {@code notificationTrigger} and {@code watchedAttributes} (behaviour of clause 5.8.6):
 * which changes notify, with which {@code triggerReason}, and how deletions are represented (the
 * NGSI-LD Null of clause 5.2.1 for deleted attributes, {@code deletedAt} for deleted entities).
 */
@DisplayName("5.2.12 Notification triggers and watched attributes")
class NotificationTriggerTest extends NotificationTest {
  static final String NGSI_LD_NULL = "urn:ngsi-ld:null";

  private NotificationReceiver receiver;

  private String subscribeWithTriggers(String... triggers) {
    receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    if (triggers.length > 0) {
      ArrayNode list = subscription.putArray("notificationTrigger");
      for (String trigger : triggers) {
        list.add(trigger);
      }
    }
    return subscribe(subscription);
  }

  /** "entity-id triggerReason" of each notification (of one entity each). */
  private static List<String> events(List<JsonNode> bodies) {
    return bodies.stream()
        .map(b -> onlyEntity(b).path("id").asText() + " " + b.path("triggerReason").asText())
        .toList();
  }

  @Test
  @DisplayName("entityCreated: a creation notifies with the whole entity; an update does not")
  void entityCreated() {
    subscribeWithTriggers("entityCreated");
    String first = createEntity("building.json");
    setAirQuality(first, 5);
    String second = createEntity("building.json");

    List<JsonNode> bodies = await(receiver, 2);

    assertThat(events(bodies))
        .containsExactlyInAnyOrder(first + " entityCreated", second + " entityCreated");
    assertThat(Json.keys(onlyEntity(bodies.get(0))))
        .contains("name", "airQualityLevel", "almostFull", "location", "locatedAt", "street");
  }

  @Test
  @DisplayName("entityUpdated: updates and new attributes notify; the creation does not")
  void entityUpdated() {
    subscribeWithTriggers("entityUpdated");
    String entity = createEntity("building.json");
    setAirQuality(entity, 5);
    appendAttrs(entity, "visitors.json");

    List<JsonNode> bodies = await(receiver, 2);

    assertThat(events(bodies))
        .containsExactly(entity + " entityUpdated", entity + " entityUpdated");
    assertThat(bodies)
        .anySatisfy(
            b -> assertThat(onlyEntity(b).path("visitors").path("value").asInt()).isEqualTo(1000))
        .anySatisfy(
            b ->
                assertThat(onlyEntity(b).path("airQualityLevel").path("value").asInt())
                    .isEqualTo(5));
  }

  @Test
  @DisplayName("entityDeleted: a deletion notifies with id, type and deletedAt; updates do not")
  void entityDeleted() {
    subscribeWithTriggers("entityDeleted");
    String entity = createEntity("building.json");
    setAirQuality(entity, 5);
    deleteEntity(entity);

    JsonNode body = await(receiver, 1).get(0);

    assertThat(receiver.count()).isEqualTo(1);
    JsonNode data = onlyEntity(body);
    assertThat(Json.keys(data)).containsExactlyInAnyOrder("id", "type", "deletedAt");
    assertThat(data.path("id").asText()).isEqualTo(entity);
    assertThat(data.path("type").asText()).isEqualTo(type);
    assertThat(body.path("triggerReason").asText()).isEqualTo("entityDeleted");
  }

  @Test
  @DisplayName("attributeCreated: a new attribute notifies; an update of an existing one does not")
  void attributeCreated() {
    String entity = createEntity("building.json");
    subscribeWithTriggers("attributeCreated");
    setAirQuality(entity, 5);
    appendAttrs(entity, "visitors.json");

    JsonNode body = await(receiver, 1).get(0);

    assertThat(receiver.count()).isEqualTo(1);
    assertThat(body.path("triggerReason").asText()).isEqualTo("attributeCreated");
    assertThat(onlyEntity(body).path("visitors").path("value").asInt()).isEqualTo(1000);
  }

  @Test
  @DisplayName("attributeUpdated: an update notifies; a new attribute does not")
  void attributeUpdated() {
    String entity = createEntity("building.json");
    subscribeWithTriggers("attributeUpdated");
    appendAttrs(entity, "visitors.json");
    setAirQuality(entity, 5);

    JsonNode body = await(receiver, 1).get(0);

    assertThat(receiver.count()).isEqualTo(1);
    assertThat(body.path("triggerReason").asText()).isEqualTo("attributeUpdated");
    assertThat(onlyEntity(body).path("airQualityLevel").path("value").asInt()).isEqualTo(5);
  }

  @Test
  @DisplayName("attributeDeleted: the deleted attribute is notified with the NGSI-LD Null value")
  void attributeDeleted() {
    String entity = createEntity("building.json");
    subscribeWithTriggers("attributeDeleted");
    setAirQuality(entity, 5);
    deleteAttr(entity, "name");

    JsonNode body = await(receiver, 1).get(0);

    assertThat(receiver.count()).isEqualTo(1);
    assertThat(body.path("triggerReason").asText()).isEqualTo("attributeDeleted");
    JsonNode name = onlyEntity(body).path("name");
    assertThat(name.path("type").asText()).isEqualTo("Property");
    assertThat(name.path("value").asText()).isEqualTo(NGSI_LD_NULL);
    assertThat(onlyEntity(body).path("airQualityLevel").path("value").asInt()).isEqualTo(5);
  }

  @Test
  @DisplayName("attributeDeleted, keyValues: a deleted Relationship is the NGSI-LD Null")
  void attributeDeletedKeyValues() {
    String entity = createEntity("building.json");
    receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    subscription.putArray("notificationTrigger").add("attributeDeleted");
    ((ObjectNode) subscription.path("notification")).put("format", "keyValues");
    subscribe(subscription);
    deleteAttr(entity, "locatedAt");

    JsonNode data = onlyEntity(await(receiver, 1).get(0));

    assertThat(data.path("locatedAt").asText()).isEqualTo(NGSI_LD_NULL);
    assertThat(data.path("name").asText()).isEqualTo("Eiffel Tower");
  }

  @Test
  @DisplayName("default triggers (attributeCreated, attributeUpdated): no deletion notifies")
  void defaultTriggers() {
    subscribeWithTriggers();
    String first = createEntity("building.json");
    setAirQuality(first, 5);
    deleteAttr(first, "name");
    deleteEntity(first);
    String second = createEntity("building.json");

    List<JsonNode> bodies = await(receiver, 3);

    assertThat(events(bodies))
        .containsExactlyInAnyOrder(
            first + " attributeCreated", first + " attributeUpdated", second + " attributeCreated");
  }

  @Test
  @DisplayName("watchedAttributes: a change of another attribute does not notify")
  void onlyWatchedAttributesNotify() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    subscribe(subscription("watching-air-quality.json", receiver.url("/notify")));
    updateAttrs(entity, "name-tour-eiffel.json");
    deleteAttr(entity, "almostFull");
    setAirQuality(entity, 5);

    JsonNode body = await(receiver, 1).get(0);

    assertThat(receiver.count()).isEqualTo(1);
    JsonNode data = onlyEntity(body);
    assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(5);
    assertThat(data.path("name").path("value").asText())
        .as("the notification shows the entity as it is now")
        .isEqualTo("Tour Eiffel");
  }
}
