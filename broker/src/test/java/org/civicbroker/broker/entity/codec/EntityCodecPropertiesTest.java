package org.civicbroker.broker.entity.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.id.EntityId;

/** Round trips of arbitrary JSON values, strings and instants. */
class EntityCodecPropertiesTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
  private static final BigInteger BIG = BigInteger.TEN.pow(60);

  private final EntityCodec codec = new EntityCodec(new MemorySymbolTable());

  @Property(tries = 2000)
  void anyJsonValueRoundTrips(@ForAll("json") JsonNode value, @ForAll("strings") String name) {
    Entity e =
        new Entity(
            EntityId.of("urn:x:1"),
            List.of(name),
            List.of(name),
            Attributes.EMPTY.with(name, List.of(new JsonProperty(value, null))),
            null,
            null);

    Entity decoded = codec.decode(codec.encode(e));

    assertThat(decoded).isEqualTo(e);
    assertThat(decoded.toString()).isEqualTo(e.toString());
  }

  @Property(tries = 2000)
  void anyStringRoundTripsAndValidTextIsPlainUtf8(@ForAll("strings") String s) {
    ByteWriter out = new ByteWriter(0);
    out.writeString(s);
    byte[] bytes = out.toByteArray();

    assertThat(new ByteReader(bytes).readString()).isEqualTo(s);
    if (StandardCharsets.UTF_8.newEncoder().canEncode(s)) {
      ByteReader in = new ByteReader(bytes);
      byte[] text = in.readBytes(in.readCount());
      assertThat(text).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Property(tries = 2000)
  void anyInstantRoundTrips(@ForAll("instants") Instant instant) {
    ByteWriter out = new ByteWriter(0);
    out.writeInstant(instant);

    assertThat(new ByteReader(out.toByteArray()).readInstant()).isEqualTo(instant);
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds =
        Arbitraries.oneOf(
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L));
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 999_999_999),
            Arbitraries.integers().between(0, 999_999).map(us -> us * 1000),
            Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings()
            .withChars("a\u00e9\u0800\uD83D\uDE00\uD800\uDFFF\u0000")
            .ofMaxLength(8),
        Arbitraries.strings().ascii().ofMinLength(100).ofMaxLength(300));
  }

  @Provide
  Arbitrary<JsonNode> json() {
    return Arbitraries.recursive(this::scalar, this::container, 0, 5);
  }

  private Arbitrary<JsonNode> container(Arbitrary<JsonNode> element) {
    Arbitrary<JsonNode> array =
        element.list().ofMaxSize(4).map(list -> (JsonNode) new ArrayNode(JSON, list));
    Arbitrary<JsonNode> object =
        Combinators.combine(strings().list().ofMaxSize(4), element.list().ofSize(4))
            .as(EntityCodecPropertiesTest::object);
    return Arbitraries.oneOf(array, object, scalar());
  }

  private static JsonNode object(List<String> keys, List<JsonNode> values) {
    ObjectNode object = JSON.objectNode();
    for (int i = 0; i < keys.size(); i++) {
      object.set(keys.get(i), values.get(i));
    }
    return object;
  }

  private Arbitrary<JsonNode> scalar() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.integers().map(IntNode::valueOf),
            Arbitraries.longs().map(LongNode::valueOf),
            Arbitraries.shorts().map(ShortNode::valueOf),
            Arbitraries.bigIntegers()
                .between(BIG.negate(), BIG)
                .map(v -> (JsonNode) BigIntegerNode.valueOf(v)),
            Arbitraries.longs().map(bits -> DoubleNode.valueOf(Double.longBitsToDouble(bits))),
            Arbitraries.doubles().map(DoubleNode::valueOf),
            Arbitraries.integers().map(bits -> FloatNode.valueOf(Float.intBitsToFloat(bits))),
            decimals(),
            strings().map(TextNode::valueOf),
            Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance())));
  }

  private Arbitrary<JsonNode> decimals() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(BIG.negate(), BIG),
            Arbitraries.integers().between(-400, 400))
        .as((unscaled, scale) -> DecimalNode.valueOf(new BigDecimal(unscaled, scale)));
  }
}
