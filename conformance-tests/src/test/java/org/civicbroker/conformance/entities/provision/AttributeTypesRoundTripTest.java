package org.civicbroker.conformance.entities.provision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.6.1 Create Entity and 5.7.1 Retrieve Entity: each of the eight attribute types of clause 4.5
 * (Property, Relationship, GeoProperty 4.7, LanguageProperty 4.5.18, VocabProperty 4.5.20,
 * ListProperty 4.5.21, ListRelationship 4.5.22, JsonProperty 4.5.24) comes back in the normalized
 * representation exactly as it was written, with the core context only.
 */
@DisplayName("5.6.1 / 5.7.1 all eight attribute types round-trip")
class AttributeTypesRoundTripTest extends NgsiLdTest {

  @Test
  @DisplayName("4.5 every attribute is returned in normalized form as it was created")
  void everyAttributeTypeRoundTrips() {
    String id = create("entities/all-attribute-types.json", "Sensor");
    ObjectNode sent = Json.fixture("entities/all-attribute-types.json", Map.of("id", id));

    JsonNode entity = retrieve(id);

    assertThat(Json.keysWithoutContext(entity)).isEqualTo(Json.keys(sent));
    sent.fieldNames()
        .forEachRemaining(
            name ->
                assertThat(entity.get(name)).as("attribute %s", name).isEqualTo(sent.get(name)));
  }

  @Test
  @DisplayName("4.8 observedAt is kept as the same instant on Properties and Relationships")
  void observedAtRoundTrips() {
    String id = create("entities/observed.json", "Sensor");

    JsonNode entity = retrieve(id);

    assertThat(Instant.parse(entity.path("temperature").path("observedAt").asText()))
        .isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    assertThat(Instant.parse(entity.path("owner").path("observedAt").asText()))
        .isEqualTo(Instant.parse("2024-03-01T10:15:30.250Z"));
  }
}
