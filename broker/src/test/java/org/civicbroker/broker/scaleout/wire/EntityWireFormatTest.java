package org.civicbroker.broker.scaleout.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.ShortNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.query.RandomEntities;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.id.EntityId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entities survive the wire form exactly, through JSON text as the Kafka records carry them.
 * "Exactly" is {@code equals} (which tells the JSON node classes apart, an IntNode from a LongNode)
 * and equal {@code toString} (which shows attribute and member order and decimal scales, to which
 * {@code equals} is blind).
 */
class EntityWireFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A reader that makes every number a BigDecimal or BigInteger: tags must not depend on it. */
  private static final ObjectMapper BIG_NUMBERS =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private final EntityWireFormat wire = new EntityWireFormat();

  private Entity throughText(Entity entity, ObjectMapper reader) {
    try {
      return wire.decode(reader.readTree(wire.encode(entity).toString()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertExactly(Entity actual, Entity expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "all-attribute-types.json",
        "tricky-names.json",
        "numbers.json",
        "geo.json",
        "bench-entity.json"
      })
  void fixturesRoundTripThroughText(String fixture) {
    for (ObjectMapper numbers :
        List.of(EntityFixtures.DEFAULT_NUMBERS, EntityFixtures.EXACT_DECIMALS)) {
      Entity entity = EntityFixtures.load(fixture, numbers);

      assertExactly(throughText(entity, JSON), entity);
      assertExactly(throughText(entity, BIG_NUMBERS), entity);
    }
  }

  @Test
  void randomEntitiesRoundTripThroughText() {
    List<Entity> entities = new RandomEntities(20250601L).entities(3000);

    for (Entity entity : entities) {
      assertExactly(throughText(entity, JSON), entity);
    }
  }

  @Test
  void everyKindOfJsonNumberKeepsItsClassAndValue() {
    ArrayNode numbers =
        JsonNodeFactory.instance
            .arrayNode()
            .add(IntNode.valueOf(7))
            .add(LongNode.valueOf(7))
            .add(LongNode.valueOf(Long.MIN_VALUE))
            .add(ShortNode.valueOf((short) -3))
            .add(BigIntegerNode.valueOf(BigInteger.ONE))
            .add(BigIntegerNode.valueOf(BigInteger.valueOf(Long.MAX_VALUE)))
            .add(BigIntegerNode.valueOf(new BigInteger("9".repeat(60))))
            .add(DoubleNode.valueOf(5.0))
            .add(DoubleNode.valueOf(-0.0))
            .add(DoubleNode.valueOf(0.1))
            .add(DoubleNode.valueOf(4.9e-324))
            .add(DoubleNode.valueOf(Double.NaN))
            .add(DoubleNode.valueOf(Double.NEGATIVE_INFINITY))
            .add(FloatNode.valueOf(1.1f))
            .add(FloatNode.valueOf(Float.POSITIVE_INFINITY))
            .add(DecimalNode.valueOf(new BigDecimal("1.500")))
            .add(DecimalNode.valueOf(new BigDecimal("1E+3")))
            .add(DecimalNode.valueOf(new BigDecimal("0E-10")))
            .add(DecimalNode.valueOf(new BigDecimal("-123456789012345678901234567890.1")));
    Entity entity = entity(new Property(numbers, null));

    for (ObjectMapper reader : List.of(JSON, BIG_NUMBERS)) {
      Entity back = throughText(entity, reader);

      assertExactly(back, entity);
      JsonNode values = ((Property) back.attributes().get(NAME).get(0)).value();
      for (int i = 0; i < numbers.size(); i++) {
        assertThat(values.get(i).getClass()).isEqualTo(numbers.get(i).getClass());
        if (numbers.get(i).isBigDecimal()) {
          assertThat(values.get(i).decimalValue().scale())
              .isEqualTo(numbers.get(i).decimalValue().scale());
        }
      }
    }
  }

  @Test
  void valuesThatLookLikeTagsStayValues() throws IOException {
    JsonNode tagLike = read("tag-like-value.json", JSON);
    ObjectNode bytes =
        JsonNodeFactory.instance.objectNode().set("b", BinaryNode.valueOf(new byte[] {0, -1, 7}));
    Entity entity =
        entity(
            new JsonProperty(tagLike, null),
            new Property(tagLike, meta("urn:ngsi-ld:Dataset:1")),
            new Property(NullNode.getInstance(), meta("urn:ngsi-ld:Dataset:2")),
            new Property(bytes, meta("urn:ngsi-ld:Dataset:3")));

    assertExactly(throughText(entity, JSON), entity);
  }

  @Test
  void theLayoutIsDocumentedByExample() throws IOException {
    Entity room =
        EntityFixtures.entity((ObjectNode) read("room.json", EntityFixtures.EXACT_DECIMALS));
    JsonNode expected = read("room.wire.json", JSON);

    assertThat(wire.encode(room).toString()).isEqualTo(expected.toString());
    assertExactly(wire.decode(expected), room);
  }

  @Test
  void aPojoIsNoJsonValue() {
    Entity entity = entity(new Property(new POJONode(new Object()), null));

    assertThatThrownBy(() -> wire.encode(entity)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{'t': []}",
        "{'id': 'not a uri', 't': []}",
        "{'id': 'urn:x:1'}",
        "{'id': 'urn:x:1', 't': [1]}",
        "{'id': 'urn:x:1', 't': [], 'c': 'yesterday'}",
        "{'id': 'urn:x:1', 't': [], 'a': []}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': {}}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Thing', 'v': 1}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Property'}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'GeoProperty', 'v': 1}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'ListProperty', 'v': {}}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Relationship', 'v': 'urn:x:2'}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Property', 'v': 1, 'd': 5}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Property', 'v': {'$': 'x', 'v': '1'}}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Property', 'v': {'$': 'l', 'v': '1.5'}}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Property', 'v': {'$': 'dec', 'v': 1}}]}}",
        "{'id': 'urn:x:1', 't': [], 'a': {'n': [{'t': 'Property', 'v': {'$': 'o', 'v': 1}}]}}"
      })
  void anythingElseIsRefused(String text) throws IOException {
    JsonNode node = JSON.copy().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES).readTree(text);

    assertThatThrownBy(() -> wire.decode(node)).isInstanceOf(IllegalArgumentException.class);
  }

  private static final String NAME = "https://example.org/value";

  private static Entity entity(Attribute... instances) {
    return new Entity(
        EntityId.of("urn:ngsi-ld:Wire:1"),
        List.of("https://example.org/Wire"),
        List.of(),
        Attributes.of(Map.of(NAME, List.of(instances))),
        null,
        null);
  }

  private static AttributeMeta meta(String datasetId) {
    return AttributeMeta.EMPTY.withDatasetId(datasetId);
  }

  private static JsonNode read(String name, ObjectMapper mapper) throws IOException {
    try (InputStream in = EntityWireFormatTest.class.getResourceAsStream("/kafka/wire/" + name)) {
      return mapper.readTree(in);
    }
  }
}
