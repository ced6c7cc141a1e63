package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.Map;
import org.civicbroker.conformance.Fixtures;
import org.civicbroker.conformance.NotificationReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.2.12 which entities a subscription concerns (behaviour of clause 5.8.6): entity selectors
 * ({@code id}, {@code idPattern}, type expressions) and the {@code q}, {@code geoQ} and {@code
 * scopeQ} filters. Each test changes an entity that must not notify, then one that must, and
 * asserts that only the second did.
 */
@DisplayName("5.2.12 Entity selection and filters of notifications")
class NotificationFilterTest extends NotificationTest {

  private NotificationReceiver receiver;

  private String subscribeTo(String fixture, String... keyValues) {
    receiver = receiver();
    return subscribe(subscription(fixture, receiver.url("/notify"), keyValues));
  }

  /** Asserts that exactly one notification arrived, about {@code entity}; returns its data. */
  private JsonNode onlyNotificationIsAbout(String entity) {
    JsonNode body = await(receiver, 1).get(0);
    assertThat(receiver.count()).as("notifications").isEqualTo(1);
    JsonNode data = onlyEntity(body);
    assertThat(data.path("id").asText()).isEqualTo(entity);
    return data;
  }

  @Test
  @DisplayName("entities id: only the entity with that id notifies")
  void byId() {
    String other = createEntity("building.json");
    String selected = createEntity("building.json");
    subscribeTo("by-id.json", "entity", selected);

    setAirQuality(other, 5);
    setAirQuality(selected, 6);

    assertThat(onlyNotificationIsAbout(selected).path("airQualityLevel").path("value").asInt())
        .isEqualTo(6);
  }

  @Test
  @DisplayName("entities idPattern: only ids matching the pattern notify")
  void byIdPattern() {
    String other = createEntity("building.json");
    String selected = createEntity("building.json");
    String suffix = selected.substring(selected.length() - 12);
    subscribeTo("by-id-pattern.json", "pattern", ".*" + suffix + "$");

    setAirQuality(other, 5);
    setAirQuality(selected, 6);

    onlyNotificationIsAbout(selected);
  }

  @Test
  @DisplayName("entities type expression A,B: entities of either type notify, of a third do not")
  void byTypeExpression() {
    String typeB = type + "B";
    String typeC = type + "C";
    subscribeTo("by-type.json", "type", type + "," + typeB);

    createEntity("building.json", typeC);
    String b = createEntity("building.json", typeB);

    JsonNode body = await(receiver, 1).get(0);
    assertThat(receiver.count()).isEqualTo(1);
    assertThat(onlyEntity(body).path("id").asText()).isEqualTo(b);
    assertThat(onlyEntity(body).path("type").asText()).isEqualTo(typeB);
  }

  @Test
  @DisplayName("watchedAttributes without entities: any entity changing that attribute notifies")
  void watchedAttributesWithoutEntities() {
    String attribute = "watched" + type;
    String entity = createEntity("building.json", type + "Other");
    subscribeTo("watched-only.json", "name", attribute);

    appendAttrs(entity, "visitors.json");
    Response response =
        entityRequest()
            .body(
                Fixtures.text(
                    "notifications/fragments/fresh-attribute.json", Map.of("name", attribute)))
            .post("/entities/{id}/attrs", entity);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);

    assertThat(onlyNotificationIsAbout(entity).has(attribute)).isTrue();
  }

  @Test
  @DisplayName("q: a change notifies only when the entity then matches the query")
  void q() {
    String entity = createEntity("building.json");
    subscribeTo("with-q.json", "q", "airQualityLevel>4");

    setAirQuality(entity, 3);
    setAirQuality(entity, 7);

    assertThat(onlyNotificationIsAbout(entity).path("airQualityLevel").path("value").asInt())
        .isEqualTo(7);
  }

  @Test
  @DisplayName("q on a string: name==\"Tour Eiffel\"")
  void qOnAString() {
    String entity = createEntity("building.json");
    subscribeTo("with-q.json", "q", "name==\\\"Tour Eiffel\\\"");

    setAirQuality(entity, 5);
    updateAttrs(entity, "name-tour-eiffel.json");

    assertThat(onlyNotificationIsAbout(entity).path("name").path("value").asText())
        .isEqualTo("Tour Eiffel");
  }

  @Test
  @DisplayName("geoQ near;maxDistance: only entities within the distance notify")
  void geoQ() {
    String far = createEntity("building-elsewhere.json");
    String near = createEntity("building.json");
    subscribeTo("near-eiffel-tower.json");

    setAirQuality(far, 5);
    setAirQuality(near, 6);

    onlyNotificationIsAbout(near);
  }

  @Test
  @DisplayName("scopeQ /France/#: only entities in that scope tree notify")
  void scopeQ() {
    String spain = createEntity("building-elsewhere.json");
    String france = createEntity("building.json");
    subscribeTo("with-scope-q.json", "scopeQ", "/France/#");

    setAirQuality(spain, 5);
    setAirQuality(france, 6);

    onlyNotificationIsAbout(france);
  }
}
