package org.civicbroker.broker.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.query.RandomEntities;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.subscription.registry.SubscriptionChange;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Change events survive the trip through a topic's record value exactly. */
class EventCodecTest {
  private static final Instant AT = Instant.parse("2025-06-01T12:00:00.123456789Z");
  private final EventCodec codec = new EventCodec();

  private static EntityChange change(
      ChangeKind kind, Tenant tenant, Entity before, Entity after, JsonNode context) {
    Entity subject = after != null ? after : before;
    return new EntityChange(
        UUID.randomUUID().toString(),
        tenant,
        subject.id().value(),
        subject.types(),
        kind,
        before,
        after,
        subject.attributes().names(),
        context,
        AT,
        Long.MAX_VALUE - 1,
        UUID.randomUUID().toString());
  }

  private EntityChange roundTrip(EntityChange change) {
    return codec.decodeEntityChange(codec.encode(change));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"all-attribute-types.json", "tricky-names.json", "geo.json"})
  void everyKindOfEntityRoundTrips(String fixture) {
    Entity before = EntityFixtures.load(fixture);
    Entity after = before.withScopes(List.of("/a/b")).withTimestamps(AT, AT.plusNanos(1));
    EntityChange updated = change(ChangeKind.UPDATED, new Tenant("t-1"), before, after, null);

    EntityChange decoded = roundTrip(updated);

    assertThat(decoded).isEqualTo(updated);
    assertThat(decoded.after().createdAt()).isEqualTo(AT);
    assertThat(decoded.before().modifiedAt()).isEqualTo(before.modifiedAt());
  }

  @Test
  void numbersKeepTheirExactTypes() {
    for (Entity entity :
        List.of(
            EntityFixtures.load("numbers.json"),
            EntityFixtures.load("numbers.json", EntityFixtures.EXACT_DECIMALS))) {
      EntityChange created = change(ChangeKind.CREATED, Tenant.DEFAULT, null, entity, null);

      EntityChange decoded = roundTrip(created);

      assertThat(decoded).isEqualTo(created);
      assertThat(decoded.after().toString()).isEqualTo(entity.toString());
    }
  }

  @Test
  void creationsDeletionsTenantsAndContextsRoundTrip() throws IOException {
    Entity entity = EntityFixtures.load("all-attribute-types.json");
    JsonNode context = resource("/kafka/context.json");
    JsonNode decimalContext = EntityFixtures.EXACT_DECIMALS.readTree("[{\"@version\": 1.10}]");
    List<EntityChange> changes =
        List.of(
            change(ChangeKind.CREATED, Tenant.DEFAULT, null, entity, context),
            change(ChangeKind.REPLACED, Tenant.DEFAULT, entity, entity, TextNode.valueOf("x:y")),
            change(ChangeKind.DELETED, new Tenant("city_2"), entity, null, null),
            change(ChangeKind.UPDATED, Tenant.DEFAULT, entity, entity, decimalContext));

    for (EntityChange c : changes) {
      EntityChange decoded = roundTrip(c);

      assertThat(decoded).isEqualTo(c);
      assertThat(decoded.context()).isEqualTo(c.context());
      assertThat(String.valueOf(decoded.context())).isEqualTo(String.valueOf(c.context()));
      assertThat(decoded.tenant().isDefault()).isEqualTo(c.tenant().isDefault());
    }
  }

  @Test
  void subscriptionChangesRoundTrip() {
    for (SubscriptionChange.Kind kind : SubscriptionChange.Kind.values()) {
      SubscriptionChange change =
          new SubscriptionChange(
              UUID.randomUUID().toString(),
              kind == SubscriptionChange.Kind.DELETED ? new Tenant("t") : Tenant.DEFAULT,
              "urn:ngsi-ld:Subscription:" + kind,
              kind,
              AT,
              "instance-1");

      assertThat(codec.decodeSubscriptionChange(codec.encode(change))).isEqualTo(change);
    }
  }

  @Test
  void theValueIsOneJsonDocumentWithAFormatVersion() throws IOException {
    Entity entity = EntityFixtures.load("all-attribute-types.json");
    String value = codec.encode(change(ChangeKind.CREATED, Tenant.DEFAULT, null, entity, null));

    JsonNode json = new ObjectMapper().readTree(value);

    assertThat(json.path("format").isInt()).isTrue();
    assertThat(json.path("format").intValue()).isEqualTo(EventCodec.FORMAT).isEqualTo(2);
    assertThat(json.path("entityId").asText()).isEqualTo(entity.id().value());
    assertThat(json.path("kind").asText()).isEqualTo("CREATED");
    assertThat(json.has("before")).isFalse();
    assertThat(json.path("after").path("id").asText()).isEqualTo(entity.id().value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[2]",
        "{\"format\": 2, \"entityId\": \"urn:x:1\"}",
        "{\"entityId\": \"urn:x:1\"}",
        "{\"format\": 1, \"kind\": \"CREATED\"}",
        "{\"format\": 3, \"kind\": \"CREATED\"}",
        "{\"format\": \"2\", \"kind\": \"CREATED\"}"
      })
  void anythingElseIsRejected(String value) {
    assertThatThrownBy(() -> codec.decodeEntityChange(value))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.decodeSubscriptionChange(value))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFormatOneRecordIsRefusedClearly() throws IOException {
    String value = text("/kafka/format-1-entity-change.json");

    assertThatThrownBy(() -> codec.decodeEntityChange(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Change event format 1 is not supported: this broker reads format 2 only");
    assertThatThrownBy(() -> codec.decodeSubscriptionChange(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format 1 is not supported");
  }

  @Test
  void randomEntitiesRoundTrip() {
    List<Entity> entities = new RandomEntities(7L).entities(500);
    for (int i = 1; i < entities.size(); i++) {
      EntityChange c =
          change(ChangeKind.UPDATED, Tenant.DEFAULT, entities.get(i - 1), entities.get(i), null);

      EntityChange decoded = roundTrip(c);

      assertThat(decoded).isEqualTo(c);
      assertThat(decoded.after().toString()).isEqualTo(c.after().toString());
    }
  }

  @Test
  void changedAttributeSetsCompareAsSets() {
    Entity entity = EntityFixtures.load("all-attribute-types.json");
    EntityChange c = change(ChangeKind.UPDATED, Tenant.DEFAULT, entity, entity, null);

    assertThat(roundTrip(c).changedAttributes()).isEqualTo(Set.copyOf(entity.attributes().names()));
  }

  private static String text(String path) throws IOException {
    try (InputStream in = EventCodecTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode resource(String path) throws IOException {
    try (InputStream in = EventCodecTest.class.getResourceAsStream(path)) {
      return new ObjectMapper().readTree(in);
    }
  }
}
