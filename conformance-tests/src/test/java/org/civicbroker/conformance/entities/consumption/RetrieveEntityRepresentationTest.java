package org.civicbroker.conformance.entities.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.civicbroker.conformance.Json;
import org.civicbroker.conformance.NgsiLdTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 5.7.1 Retrieve Entity: the representations of clause 4.5 ({@code options=keyValues} simplified,
 * {@code options=concise}), system attributes ({@code options=sysAttrs}, 6.3.11 / 4.8) and the
 * language filter {@code lang} on LanguageProperties (4.15, 4.5.18).
 */
@DisplayName("5.7.1 Retrieve Entity: representations")
class RetrieveEntityRepresentationTest extends NgsiLdTest {

  @Test
  @DisplayName("4.5 options=keyValues: each attribute is its value, object or geometry")
  void keyValues() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id, "options", "keyValues");

    assertThat(entity).isEqualTo(Json.expected("expectations/sensor-key-values.json", id));
  }

  @Test
  @DisplayName(
      "4.5 options=concise: no type members; a Property without sub-attributes is its value")
  void concise() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id, "options", "concise");

    JsonNode expected = Json.expected("expectations/sensor-concise-members.json", id);
    expected
        .fieldNames()
        .forEachRemaining(
            name ->
                assertThat(entity.get(name)).as("member %s", name).isEqualTo(expected.get(name)));
  }

  @Test
  @DisplayName("6.3.11 options=sysAttrs adds createdAt and modifiedAt to the entity and attributes")
  void sysAttrs() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id, "options", "sysAttrs");

    Instant createdAt = Instant.parse(entity.path("createdAt").asText());
    Instant modifiedAt = Instant.parse(entity.path("modifiedAt").asText());
    assertThat(modifiedAt).isAfterOrEqualTo(createdAt);
    assertThat(Instant.parse(entity.path("temperature").path("createdAt").asText())).isNotNull();
    assertThat(Instant.parse(entity.path("temperature").path("modifiedAt").asText())).isNotNull();
  }

  @Test
  @DisplayName("6.3.11 without sysAttrs there are no createdAt/modifiedAt members")
  void noSysAttrsByDefault() {
    String id = create("entities/sensor.json", "Sensor");

    JsonNode entity = retrieve(id);

    assertThat(entity.has("createdAt")).isFalse();
    assertThat(entity.has("modifiedAt")).isFalse();
    assertThat(entity.path("temperature").has("createdAt")).isFalse();
  }

  @Test
  @DisplayName("4.15 lang=fr: a LanguageProperty becomes a Property with value and lang")
  void langSelectsOneLanguage() {
    String id = create("entities/language.json", "Sensor");

    JsonNode street = retrieve(id, "lang", "fr").path("street");

    assertThat(street).isEqualTo(Json.expected("expectations/street-lang-fr.json"));
  }

  @Test
  @DisplayName("4.15 lang=nl with keyValues: the attribute is the string in that language")
  void langWithKeyValues() {
    String id = create("entities/language.json", "Sensor");

    JsonNode entity = retrieve(id, "lang", "nl", "options", "keyValues");

    assertThat(entity.path("street").asText()).isEqualTo("Grote Markt");
  }

  @Test
  @DisplayName("4.5.18 without lang the LanguageProperty keeps its whole languageMap")
  void noLangKeepsTheLanguageMap() {
    String id = create("entities/language.json", "Sensor");

    JsonNode street = retrieve(id).path("street");

    assertThat(street).isEqualTo(Json.expected("expectations/street-language-map.json"));
  }
}
