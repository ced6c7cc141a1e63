package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How deletions appear in notifications (clause 5.2.1: deleted elements are represented with the
 * NGSI-LD Null, {@code "urn:ngsi-ld:null"}, as value or object and {@code {"@none":
 * "urn:ngsi-ld:null"}} as languageMap; clause 5.2.12 triggers; clause 5.2.14 sysAttrs and
 * showChanges). The expectations follow the ETSI test suite (046_21, 046_22, 046_34, 046_37).
 */
@DisplayName("5.2.1 / 5.2.12 Deletions in notifications")
class DeletionNotificationTest extends NotificationTest {
  private static final String NULL = NotificationTriggerTest.NGSI_LD_NULL;

  private NotificationReceiver receiver;

  private ObjectNode subscriptionWith(String trigger) {
    receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    subscription.putArray("notificationTrigger").add(trigger);
    return subscription;
  }

  private static ObjectNode notification(ObjectNode subscription) {
    return (ObjectNode) subscription.path("notification");
  }

  @Test
  @DisplayName("entityDeleted with sysAttrs: id, type, createdAt, modifiedAt and deletedAt")
  void deletedEntityWithSysAttrs() {
    String entity = createEntity("building.json");
    ObjectNode subscription = subscriptionWith("entityDeleted");
    notification(subscription).put("sysAttrs", true);
    subscribe(subscription);
    deleteEntity(entity);

    JsonNode data = onlyEntity(await(receiver, 1).get(0));

    assertThat(Json.keys(data))
        .containsExactlyInAnyOrder("id", "type", "createdAt", "modifiedAt", "deletedAt");
    assertThat(data.path("deletedAt").asText()).matches(DATE_TIME);
  }

  @Test
  @DisplayName("attributeDeleted: deleting the entity deletes its watched attribute too")
  void entityDeletionDeletesTheWatchedAttribute() {
    String entity = createEntity("building.json");
    ObjectNode subscription = subscriptionWith("attributeDeleted");
    subscription.putArray("watchedAttributes").add("name");
    subscribe(subscription);
    deleteEntity(entity);

    JsonNode body = await(receiver, 1).get(0);

    JsonNode data = onlyEntity(body);
    assertThat(body.path("triggerReason").asText()).isEqualTo("attributeDeleted");
    assertThat(data.path("id").asText()).isEqualTo(entity);
    assertThat(data.has("deletedAt")).isTrue();
    assertThat(data.path("name").path("value").asText()).isEqualTo(NULL);
    assertThat(data.has("airQualityLevel")).as("not watched").isFalse();
  }

  @Test
  @DisplayName("entityDeleted with showChanges: every attribute is null, with its previous value")
  void deletedEntityWithShowChanges() {
    String entity = createEntity("building.json");
    ObjectNode subscription = subscriptionWith("entityDeleted");
    notification(subscription).put("showChanges", true);
    subscribe(subscription);
    deleteEntity(entity);

    JsonNode data = onlyEntity(await(receiver, 1).get(0));

    assertThat(data.path("name").path("value").asText()).isEqualTo(NULL);
    assertThat(data.path("name").path("previousValue").asText()).isEqualTo("Eiffel Tower");
    assertThat(data.path("locatedAt").path("object").asText()).isEqualTo(NULL);
    assertThat(data.path("locatedAt").path("previousObject").asText())
        .isEqualTo("urn:ngsi-ld:City:Paris");
    assertThat(data.path("location").path("value").asText()).isEqualTo(NULL);
    assertThat(data.path("location").path("previousValue").path("type").asText())
        .isEqualTo("Point");
  }

  @Test
  @DisplayName("attributeDeleted: a deleted LanguageProperty has the languageMap {@none: null}")
  void deletedLanguageProperty() {
    String entity = createEntity("building.json");
    ObjectNode subscription = subscriptionWith("attributeDeleted");
    notification(subscription).put("showChanges", true);
    subscribe(subscription);
    deleteAttr(entity, "street");

    JsonNode street = onlyEntity(await(receiver, 1).get(0)).path("street");

    assertThat(street.path("type").asText()).isEqualTo("LanguageProperty");
    assertThat(street.path("languageMap").path("@none").asText()).isEqualTo(NULL);
    assertThat(street.path("previousLanguageMap").path("fr").asText())
        .isEqualTo("Avenue Anatole France");
  }

  @Test
  @DisplayName("attributeDeleted with notification.attributes: other deletions are left out")
  void projectionAppliesToDeletions() {
    String entity = createEntity("building.json");
    ObjectNode subscription = subscriptionWith("attributeDeleted");
    notification(subscription).putArray("attributes").add("airQualityLevel");
    subscribe(subscription);
    deleteAttr(entity, "name");
    deleteAttr(entity, "airQualityLevel");

    JsonNode last = onlyEntity(await(receiver, 2).get(1));
    JsonNode first = onlyEntity(receiver.bodies().get(0));

    assertThat(first.has("name") || last.has("name")).isFalse();
    assertThat(first.has("airQualityLevel") || last.has("airQualityLevel")).isTrue();
  }
}
