package org.civicbroker.broker.entity.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.query.RandomEntities;
import org.civicbroker.model.entity.Entity;
import org.junit.jupiter.api.Test;

/**
 * Prints (does not assert) the encoded size of the fixtures against their normalized JSON text
 * (expanded names, no whitespace), as the index and the store would hold one or the other.
 */
class EntityCodecSizeTest {
  private final EntityCodec codec = new EntityCodec(new MemorySymbolTable());

  @Test
  void printsSizesAgainstNormalizedJson() throws IOException {
    for (String name : EntityCodecRoundTripTest.FIXTURES) {
      int bytes = codec.encode(EntityFixtures.load(name)).length;
      int json = normalizedJsonLength(name);
      System.out.printf(
          "[codec size] %-26s %5d bytes vs %5d bytes of JSON (%.0f%%)%n",
          name, bytes, json, 100.0 * bytes / json);
      assertThat(bytes).isPositive();
    }
    List<Entity> random = new RandomEntities(1).entities(1000);
    long total = random.stream().mapToLong(e -> codec.encode(e).length).sum();
    System.out.printf("[codec size] 1000 random entities: %d bytes on average%n", total / 1000);
  }

  private static int normalizedJsonLength(String name) throws IOException {
    try (InputStream in = EntityCodecSizeTest.class.getResourceAsStream("/store/" + name)) {
      JsonNode tree = EntityFixtures.DEFAULT_NUMBERS.readTree(in);
      return EntityFixtures.DEFAULT_NUMBERS
          .writeValueAsString(tree)
          .getBytes(StandardCharsets.UTF_8)
          .length;
    }
  }
}
