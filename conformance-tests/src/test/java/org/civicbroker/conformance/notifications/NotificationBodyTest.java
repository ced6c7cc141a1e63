package org.civicbroker.conformance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.civicbroker.conformance.NotificationReceiver;
import org.civicbroker.conformance.NotificationReceiver.Received;
import org.civicbroker.conformance.Responses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.3.1 Notification and its HTTP binding: the members of the body, the media type and the context
 * per the endpoint's {@code accept} (5.2.15), {@code receiverInfo} as headers, and the context the
 * data is compacted with ({@code jsonldContext}, else the creation request's).
 */
@DisplayName("5.3.1 Notification body and headers")
class NotificationBodyTest extends NotificationTest {
  private static final String EX = "https://example.org/notifications/";

  private Received first(NotificationReceiver receiver) {
    return receiver.awaitRequests(1, ARRIVAL).get(0);
  }

  @Test
  @DisplayName("5.3.1 id, type Notification, subscriptionId, notifiedAt (UTC) and data, POSTed")
  void bodyHasTheNotificationMembers() {
    NotificationReceiver receiver = receiver();
    String subscription = subscribe(subscription("by-type.json", receiver.url("/notify")));
    Instant before = Instant.now();
    String entity = createEntity("building.json");

    Received request = first(receiver);
    JsonNode body = request.json();

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/notify");
    assertThat(body.path("id").asText()).as("a URI").matches("[a-zA-Z][a-zA-Z0-9+.-]*:.+");
    assertThat(body.path("type").asText()).isEqualTo("Notification");
    assertThat(body.path("subscriptionId").asText()).isEqualTo(subscription);
    assertThat(body.path("notifiedAt").asText()).matches(DATE_TIME);
    assertThat(Instant.parse(body.path("notifiedAt").asText())).isAfter(before.minusSeconds(300));
    assertThat(onlyEntity(body).path("id").asText()).isEqualTo(entity);
    assertThat(onlyEntity(body).path("type").asText()).isEqualTo(type);
  }

  @Test
  @DisplayName("5.3.1 each notification has its own id")
  void notificationIdsDiffer() {
    NotificationReceiver receiver = receiver();
    String entity = createEntity("building.json");
    subscribe(subscription("watching-air-quality.json", receiver.url("/notify")));
    setAirQuality(entity, 5);
    setAirQuality(entity, 6);

    List<JsonNode> bodies = await(receiver, 2);

    assertThat(bodies.get(0).path("id").asText()).isNotEqualTo(bodies.get(1).path("id").asText());
  }

  @Test
  @DisplayName("5.2.15 accept application/json (default): JSON body, context in a Link header")
  void jsonNotificationCarriesTheContextInALink() {
    NotificationReceiver receiver = receiver();
    subscribe(subscription("by-type.json", receiver.url("/notify")));
    createEntity("building.json");

    Received request = first(receiver);

    assertThat(Responses.mediaType(request.header("Content-Type"))).isEqualTo(JSON);
    assertThat(request.header("Link")).contains(CORE_CONTEXT).contains(CONTEXT_REL);
    assertThat(request.json().has("@context")).isFalse();
    assertThat(onlyEntity(request.json()).has("@context")).isFalse();
  }

  @Test
  @DisplayName("5.2.15 accept application/ld+json: JSON-LD body with @context, no Link header")
  void jsonLdNotificationCarriesTheContextInTheBody() {
    NotificationReceiver receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    endpoint(subscription).put("accept", LD_JSON);
    subscribe(subscription);
    createEntity("building.json");

    Received request = first(receiver);

    assertThat(Responses.mediaType(request.header("Content-Type"))).isEqualTo(LD_JSON);
    assertThat(request.header("Link")).isNull();
    assertThat(request.json().path("@context").toString()).contains(CORE_CONTEXT);
    assertThat(request.json().path("type").asText()).isEqualTo("Notification");
  }

  @Test
  @DisplayName("5.2.15 accept application/geo+json: data is a GeoJSON FeatureCollection")
  void geoJsonNotification() {
    NotificationReceiver receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/notify"));
    endpoint(subscription).put("accept", GEO_JSON);
    subscribe(subscription);
    String entity = createEntity("building.json");

    Received request = first(receiver);
    JsonNode data = request.json().path("data");

    assertThat(Responses.mediaType(request.header("Content-Type"))).isEqualTo(GEO_JSON);
    assertThat(request.json().path("type").asText()).isEqualTo("Notification");
    assertThat(data.path("type").asText()).isEqualTo("FeatureCollection");
    JsonNode feature = data.path("features").path(0);
    assertThat(feature.path("type").asText()).isEqualTo("Feature");
    assertThat(feature.path("id").asText()).isEqualTo(entity);
    assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
  }

  @Test
  @DisplayName("5.2.15 receiverInfo entries are sent as HTTP headers")
  void receiverInfoBecomesHeaders() {
    NotificationReceiver receiver = receiver();
    subscribe(subscription("receiver-info.json", receiver.url("/notify"), "value", "k42"));
    createEntity("building.json");

    Received request = first(receiver);

    assertThat(request.header("X-Conformance-Tenant")).isEqualTo("city-k42");
    assertThat(request.header("Authorization")).isEqualTo("Bearer k42");
    assertThat(Responses.mediaType(request.header("Content-Type"))).isEqualTo(JSON);
  }

  @Test
  @DisplayName("5.8.1 data is compacted with the creation request's @context (JSON, Link to it)")
  void creationContextCompactsTheData() {
    String context = buildingContext();
    entityContext = context;
    NotificationReceiver receiver = receiver();
    String entity = createEntity("building.json");
    subscribe(
        subscription(
            "with-context.jsonld", receiver.url("/n"), "context", context, "accept", JSON));
    setAirQuality(entity, 5);

    Received request = first(receiver);
    JsonNode data = onlyEntity(request.json());

    assertThat(data.path("type").asText()).isEqualTo(type);
    assertThat(data.path("airQualityLevel").path("value").asInt()).isEqualTo(5);
    assertThat(data.has(EX + "airQualityLevel")).isFalse();
    assertThat(request.header("Link")).contains(context);
  }

  @Test
  @DisplayName("5.8.1 with accept application/ld+json the body's @context is the creation one")
  void creationContextIsTheBodyContext() {
    String context = buildingContext();
    entityContext = context;
    NotificationReceiver receiver = receiver();
    String entity = createEntity("building.json");
    subscribe(
        subscription(
            "with-context.jsonld", receiver.url("/n"), "context", context, "accept", LD_JSON));
    setAirQuality(entity, 5);

    JsonNode body = first(receiver).json();

    assertThat(body.path("@context").toString()).contains(context);
    assertThat(onlyEntity(body).path("type").asText()).isEqualTo(type);
    assertThat(onlyEntity(body).path("airQualityLevel").path("value").asInt()).isEqualTo(5);
  }

  @Test
  @DisplayName("5.2.12 without a user context, names are compacted with the core context only")
  void coreContextLeavesNamesExpanded() {
    entityContext = buildingContext();
    NotificationReceiver receiver = receiver();
    subscribe(subscription("by-type.json", receiver.url("/n"), "type", EX + type));
    createEntity("building.json");

    JsonNode data = onlyEntity(first(receiver).json());

    assertThat(data.path("type").asText()).isEqualTo(EX + type);
    assertThat(data.has(EX + "airQualityLevel")).isTrue();
    assertThat(data.has("location")).as("core terms stay short").isTrue();
  }

  @Test
  @DisplayName("5.2.12 jsonldContext: the data is compacted with that context, not the request's")
  void jsonldContextCompactsTheData() {
    String context = buildingContext();
    NotificationReceiver receiver = receiver();
    ObjectNode subscription = subscription("by-type.json", receiver.url("/n"), "type", EX + type);
    subscription.put("jsonldContext", context);
    endpoint(subscription).put("accept", LD_JSON);
    subscribe(subscription);
    entityContext = context;
    createEntity("building.json");

    JsonNode body = first(receiver).json();

    assertThat(onlyEntity(body).path("type").asText()).isEqualTo(type);
    assertThat(onlyEntity(body).has("airQualityLevel")).isTrue();
    assertThat(body.path("@context").toString()).contains(context);
  }

  static ObjectNode endpoint(ObjectNode subscription) {
    return (ObjectNode) subscription.path("notification").path("endpoint");
  }
}
