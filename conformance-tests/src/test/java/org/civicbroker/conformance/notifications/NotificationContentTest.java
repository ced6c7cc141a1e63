package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.2.14 NotificationParams and 5.2.12 {@code lang}: how the entities in {@code data} are rendered
 * ({@code attributes}, {@code format}, {@code sysAttrs}, {@code showChanges}) for an update of
 * airQualityLevel from 4 to 5.
 */
@DisplayName("5.2.14 Notification content (attributes, format, sysAttrs, lang, showChanges)")
class NotificationContentTest extends NotificationTest {

  /** Subscribes with the given notification members, updates airQualityLevel, returns the data. */
  private JsonNode notifiedEntity(String member, String json) {
    return notifiedEntity(member, json, "air-quality.json", "value", "5");
  }

  private JsonNode notifiedEntity(String member, String json, String fragment, String... values) {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    if (member != null) {
      ObjectNode target =
          member.equals("lang") ? subscription : (ObjectNode) subscription.path("notification");
      target.set(member, Json.parse(json));
    }
    subscribe(subscription);
    updateAttrs(entity, fragment, values);
    return onlyEntity(await(receiver, 1).get(0));
  }

  @Test
  @DisplayName("5.2.14 attributes: only the listed attributes are included")
  void attributesProjection() {
    JsonNode data = notifiedEntity("attributes", "[\"airQualityLevel\", \"name\"]");

    assertThat(Json.keys(data)).contains("id", "type", "airQualityLevel", "name");
    assertThat(Json.keys(data)).doesNotContain("almostFull", "location", "locatedAt", "street");
  }

  @Test
  @DisplayName("5.2.14 without attributes, every attribute is included (normalized by default)")
  void allAttributesNormalized() {
    JsonNode data = notifiedEntity(null, null);

    assertThat(Json.keys(data))
        .contains("name", "airQualityLevel", "almostFull", "location", "locatedAt", "street");
    assertThat(data.path("airQualityLevel").path("type").asText()).isEqualTo("Property");
    assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(5);
    assertThat(data.path("airQualityLevel").path("unitCode").asText()).isEqualTo("C62");
    assertThat(data.path("locatedAt").path("object").asText()).isEqualTo("urn:ngsi-ld:City:Paris");
  }

  @Test
  @DisplayName("5.2.14 format keyValues: the simplified representation")
  void keyValues() {
    JsonNode data = notifiedEntity("format", "\"keyValues\"");

    assertThat(data.path("airQualityLevel").asInt()).isEqualTo(5);
    assertThat(data.path("name").asText()).isEqualTo("Eiffel Tower");
    assertThat(data.path("almostFull").asBoolean(true)).isFalse();
    assertThat(data.path("locatedAt").asText()).isEqualTo("urn:ngsi-ld:City:Paris");
    assertThat(data.path("location").path("type").asText()).isEqualTo("Point");
  }

  @Test
  @DisplayName("5.2.14 format concise: no type members, bare values where nothing else is said")
  void concise() {
    JsonNode data = notifiedEntity("format", "\"concise\"");

    assertThat(data.path("name").asText()).isEqualTo("Eiffel Tower");
    assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(5);
    assertThat(data.path("airQualityLevel").path("unitCode").asText()).isEqualTo("C62");
    assertThat(data.path("airQualityLevel").has("type")).isFalse();
    assertThat(data.path("locatedAt").path("object").asText()).isEqualTo("urn:ngsi-ld:City:Paris");
    assertThat(data.path("street").path("languageMap").path("fr").asText())
        .isEqualTo("Avenue Anatole France");
  }

  @Test
  @DisplayName("5.2.14 sysAttrs true: createdAt and modifiedAt of entity and attributes")
  void sysAttrsTrue() {
    JsonNode data = notifiedEntity("sysAttrs", "true");

    assertThat(data.has("createdAt")).isTrue();
    assertThat(data.has("modifiedAt")).isTrue();
    assertThat(data.path("airQualityLevel").has("createdAt")).isTrue();
    assertThat(data.path("airQualityLevel").has("modifiedAt")).isTrue();
  }

  @Test
  @DisplayName("5.2.14 sysAttrs false: no system attributes")
  void sysAttrsFalse() {
    JsonNode data = notifiedEntity("sysAttrs", "false");

    assertThat(data.has("createdAt")).isFalse();
    assertThat(data.has("modifiedAt")).isFalse();
    assertThat(data.path("airQualityLevel").has("modifiedAt")).isFalse();
  }

  @Test
  @DisplayName("5.2.12 lang: LanguageProperties become Properties in the best language")
  void lang() {
    JsonNode data = notifiedEntity("lang", "\"fr\"");

    JsonNode street = data.path("street");
    assertThat(street.path("type").asText()).isEqualTo("Property");
    assertThat(street.path("value").asText()).isEqualTo("Avenue Anatole France");
    assertThat(street.path("lang").asText()).isEqualTo("fr");
  }

  @Test
  @DisplayName("5.2.14 showChanges: an updated Property carries its previousValue")
  void showChangesProperty() {
    JsonNode data = notifiedEntity("showChanges", "true");

    assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(5);
    assertThat(data.path("airQualityLevel").path("previousValue").asInt()).isEqualTo(4);
    assertThat(data.path("name").has("previousValue")).as("name did not change").isFalse();
  }

  @Test
  @DisplayName("5.2.14 showChanges: an updated Relationship carries its previousObject")
  void showChangesRelationship() {
    JsonNode data = notifiedEntity("showChanges", "true", "located-at-lyon.json");

    assertThat(data.path("locatedAt").path("object").asText()).isEqualTo("urn:ngsi-ld:City:Lyon");
    assertThat(data.path("locatedAt").path("previousObject").asText())
        .isEqualTo("urn:ngsi-ld:City:Paris");
  }

  @Test
  @DisplayName("5.2.14 showChanges: an updated LanguageProperty carries its previousLanguageMap")
  void showChangesLanguageProperty() {
    JsonNode data = notifiedEntity("showChanges", "true", "street-de.json");

    assertThat(data.path("street").path("languageMap").path("de").asText())
        .isEqualTo("Anatole-France-Allee");
    assertThat(data.path("street").path("previousLanguageMap").path("fr").asText())
        .isEqualTo("Avenue Anatole France");
  }

  @Test
  @DisplayName("5.2.14 showChanges: a creation has no previous values")
  void showChangesOnCreation() {
    NotificationReceiver receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    ((ObjectNode) subscription.path("notification")).put("showChanges", true);
    subscribe(subscription);
    createEntity("building.json");

    JsonNode body = await(receiver, 1).get(0);

    assertThat(body.toString()).doesNotContain("previousValue", "previousObject");
  }

  @Test
  @DisplayName(
      "5.2.14 showChanges: a deleted attribute is the NGSI-LD Null with its previous value")
  void showChangesOnAttributeDeletion() {
    String entity = createEntity("building.json");
    NotificationReceiver receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    subscription.putArray("notificationTrigger").add("attributeDeleted");
    ((ObjectNode) subscription.path("notification")).put("showChanges", true);
    subscribe(subscription);
    deleteAttr(entity, "locatedAt");

    JsonNode locatedAt = onlyEntity(await(receiver, 1).get(0)).path("locatedAt");

    assertThat(locatedAt.path("type").asText()).isEqualTo("Relationship");
    assertThat(locatedAt.path("object").asText()).isEqualTo(NotificationTriggerTest.NGSI_LD_NULL);
    assertThat(locatedAt.path("previousObject").asText()).isEqualTo("urn:ngsi-ld:City:Paris");
  }
}
