package org.civicbroker.model.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.model.subscription.SubscriptionFixtures.NOW;
import static org.civicbroker.model.subscription.SubscriptionFixtures.object;
import static org.civicbroker.model.subscription.SubscriptionFixtures.read;
import static org.civicbroker.model.subscription.SubscriptionFixtures.userContext;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.representation.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading (clause 5.8.1) and writing (clause 5.8.3) subscriptions. */
class SubscriptionReaderTest {
  private static final String EX = "https://example.org/";
  private final SubscriptionWriter writer = new SubscriptionWriter();

  @Test
  void readsEveryMemberWithExpandedNames() {
    Subscription s = read("full");

    assertThat(s.id()).isEqualTo("urn:ngsi-ld:Subscription:full");
    assertThat(s.name()).isEqualTo("Every member");
    assertThat(s.entities()).hasSize(3);
    EntitySelector sensors = s.entities().get(2);
    assertThat(sensors.type().names()).containsExactly(EX + "Sensor", EX + "Room");
    assertThat(sensors.idPattern().matches("urn:ngsi-ld:Sensor:7")).isTrue();
    assertThat(s.entities().get(1).ids()).containsExactly("urn:ngsi-ld:Room:r1");
    assertThat(s.watchedAttributes())
        .containsExactly(EX + "temperature", "https://schema.org/name");
    assertThat(s.triggers())
        .containsExactly(
            NotificationTrigger.ENTITY_CREATED,
            NotificationTrigger.ATTRIBUTE_UPDATED,
            NotificationTrigger.ENTITY_DELETED);
    assertThat(s.q().query().isResolved()).isTrue();
    assertThat(s.q().bindings().attributes()).containsEntry("category", EX + "category");
    assertThat(s.geoQ().query().geoproperty()).isEqualTo(EX + "area");
    assertThat(s.scopeQ().query().matches(List.of("/Berlin/Mitte"))).isTrue();
    assertThat(s.csf()).isEqualTo("site==\"north\"");
    assertThat(s.datasetIds()).containsExactly("urn:ngsi-ld:Dataset:a", "@none");
    assertThat(s.active()).isFalse();
    assertThat(s.expiresAt()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
    assertThat(s.throttling()).isEqualTo(Duration.ofMillis(2500));
    assertThat(s.timeInterval()).isNull();
    assertThat(s.lang()).isEqualTo("fr,en;q=0.8");
    assertThat(s.jsonldContext()).isEqualTo("https://example.org/notification-context.jsonld");
  }

  @Test
  void readsNotificationParameters() {
    NotificationParams n = read("full").notification();

    assertThat(n.attributes()).containsExactly(EX + "temperature", "https://schema.org/name");
    assertThat(n.format()).isEqualTo(Format.CONCISE);
    assertThat(n.sysAttrs()).isTrue();
    assertThat(n.showChanges()).isTrue();
    assertThat(n.join()).isEqualTo("inline");
    assertThat(n.joinLevel()).isEqualTo(2);
    EndpointSpec e = n.endpoint();
    assertThat(e.uri()).isEqualTo(URI.create("https://receiver.example.org/notify"));
    assertThat(e.accept()).isEqualTo("application/ld+json");
    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(e.cooldown()).isEqualTo(Duration.ofSeconds(1));
    assertThat(e.receiverInfo())
        .containsExactly(Map.entry("Authorization", "Bearer abc"), Map.entry("X-Tenant", "city"));
    assertThat(e.isMqtt()).isFalse();
  }

  @Test
  void appliesDefaults() {
    Subscription s = read("minimal");

    assertThat(s.triggers()).isEqualTo(NotificationTrigger.DEFAULT);
    assertThat(s.active()).isTrue();
    assertThat(s.watchedAttributes()).isEmpty();
    assertThat(s.notification().format()).isEqualTo(Format.NORMALIZED);
    assertThat(s.notification().endpoint().accept()).isEqualTo("application/json");
    assertThat(s.notification().attributes()).isNull();
    assertThat(s.isPeriodic()).isFalse();
    assertThat(s.createdAt()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "minimal", "periodic", "mqtt-watched", "read-only-members"})
  void writesWhatWasRead(String name) {
    ObjectNode written = writer.write(read(name), userContext());

    assertThat(written).isEqualTo(SubscriptionFixtures.json("valid/" + name + ".rendered.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "minimal", "periodic", "mqtt-watched"})
  void readingTheWrittenFormGivesTheSameSubscription(String name) {
    Subscription s = read(name);

    Subscription again =
        new SubscriptionReader().read(writer.write(s, userContext()), userContext(), NOW);

    assertThat(again).isEqualTo(s);
  }

  @Test
  void compactsWithTheRequestersContext() {
    ObjectNode written = writer.write(read("full"), SubscriptionFixtures.coreContext());

    assertThat(written).isEqualTo(SubscriptionFixtures.json("valid/full.expanded.json"));
  }

  @Test
  void generatesAnIdWhenNoneIsGiven() {
    ObjectNode payload = object("valid/minimal.json");
    payload.remove("id");

    Subscription s =
        new SubscriptionReader(() -> "urn:test:generated").read(payload, userContext(), NOW);
    Subscription generated = new SubscriptionReader().read(payload, userContext(), NOW);

    assertThat(s.id()).isEqualTo("urn:test:generated");
    assertThat(generated.id())
        .startsWith(Subscription.ID_PREFIX)
        .hasSize(Subscription.ID_PREFIX.length() + 36);
  }

  @Test
  void keepsTheRequestContextForNotifications() {
    Subscription minimal = read("minimal");
    Subscription full = read("full");

    assertThat(minimal.requestContext())
        .isEqualTo(TextNode.valueOf(SubscriptionFixtures.CONTEXT_URL));
    assertThat(minimal.notificationContext()).isEqualTo(minimal.requestContext());
    assertThat(full.notificationContext())
        .isEqualTo(TextNode.valueOf("https://example.org/notification-context.jsonld"));
  }

  @Test
  void jsonNullMembersAreAbsent() {
    ObjectNode payload = object("valid/minimal.json");
    payload.putNull("q").putNull("expiresAt").putNull("watchedAttributes");

    Subscription s = new SubscriptionReader().read(payload, userContext(), NOW);

    assertThat(s.q()).isNull();
    assertThat(s.expiresAt()).isNull();
  }

  @Test
  void writesSystemTimesOnRequest() {
    Subscription s =
        read("minimal").toBuilder()
            .createdAt(Instant.parse("2025-01-01T10:00:00Z"))
            .modifiedAt(Instant.parse("2025-01-02T10:00:00.5Z"))
            .build();

    ObjectNode written = writer.write(s, userContext(), true);

    assertThat(written.get("createdAt").asText()).isEqualTo("2025-01-01T10:00:00Z");
    assertThat(written.get("modifiedAt").asText()).isEqualTo("2025-01-02T10:00:00.500Z");
    assertThat(writer.write(s, userContext()).has("createdAt")).isFalse();
  }

  @Test
  void typeSelectionsRoundTripThroughTheirExpandedText() {
    EntitySelector selector = read("full").entities().get(2);

    EntitySelector restored =
        EntitySelectors.restore(
            EntitySelectors.id(selector),
            selector.idPattern().source(),
            EntitySelectors.typeText(selector));

    assertThat(restored).isEqualTo(selector);
    assertThat(restored.ids()).isNull();
    assertThat(Set.of(EntitySelectors.typeText(selector)))
        .containsExactly(EX + "Sensor|" + EX + "Room");
  }
}
