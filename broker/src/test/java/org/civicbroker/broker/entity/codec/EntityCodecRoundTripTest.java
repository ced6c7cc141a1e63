package org.civicbroker.broker.entity.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.List;
import java.util.stream.Stream;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.query.RandomEntities;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.id.EntityId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntityCodecRoundTripTest {
  static final List<String> FIXTURES =
      List.of(
          "all-attribute-types.json",
          "tricky-names.json",
          "numbers.json",
          "geo.json",
          "bench-entity.json");

  private final EntityCodec codec = new EntityCodec(new MemorySymbolTable());

  static Stream<Arguments> fixtures() {
    return FIXTURES.stream()
        .flatMap(
            name ->
                Stream.of(
                    Arguments.of(name, EntityFixtures.DEFAULT_NUMBERS),
                    Arguments.of(name, EntityFixtures.EXACT_DECIMALS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixturesRoundTrip(String name, ObjectMapper numbers) {
    assertRoundTrip(EntityFixtures.load(name, numbers));
  }

  @Test
  void edgeCasesRoundTrip() {
    EdgeCaseEntities.all().forEach(this::assertRoundTrip);
  }

  @Test
  void seededRandomEntitiesRoundTrip() {
    for (long seed = 1; seed <= 4; seed++) {
      new RandomEntities(seed).entities(1000).forEach(this::assertRoundTrip);
    }
  }

  @Test
  void headerReadsIdAndTypesAlone() {
    Entity e = EntityFixtures.load("all-attribute-types.json");
    byte[] bytes = codec.encode(e);

    assertThat(codec.id(bytes)).isEqualTo(e.id().value());
    assertThat(codec.types(bytes)).isEqualTo(e.types());
  }

  @Test
  void encodingIsDeterministic() {
    Entity e = EntityFixtures.load("numbers.json", EntityFixtures.EXACT_DECIMALS);

    assertThat(codec.encode(e)).isEqualTo(codec.encode(codec.decode(codec.encode(e))));
  }

  @Test
  void nodesWithoutAJsonValueAreRejected() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    List<JsonNode> unsupported =
        List.of(
            BinaryNode.valueOf(new byte[] {1}),
            new POJONode(new Object()),
            MissingNode.getInstance(),
            json.objectNode().set("nested", json.arrayNode().add(json.pojoNode(1))));
    for (JsonNode node : unsupported) {
      Entity e = withAttribute(new Property(node, null));
      assertThatThrownBy(() -> codec.encode(e))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Cannot encode JSON node");
    }
    Entity missing = withAttribute(new JsonProperty(MissingNode.getInstance(), null));
    assertThatThrownBy(() -> codec.encode(missing)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Equal, and equal in text too: Jackson's equality ignores object key order and decimal scale,
   * and Attributes' ignores name order; their toString shows all three.
   */
  private void assertRoundTrip(Entity e) {
    Entity decoded = codec.decode(codec.encode(e));
    assertThat(decoded).isEqualTo(e);
    assertThat(decoded.toString()).isEqualTo(e.toString());
  }

  private static Entity withAttribute(Attribute a) {
    return new Entity(
        EntityId.of("urn:x:1"),
        List.of("https://example.org/T"),
        null,
        Attributes.EMPTY.with("https://example.org/a", List.of(a)),
        null,
        null);
  }
}
