package org.civicbroker.broker.entity.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.query.RandomEntities;
import org.civicbroker.model.entity.Entity;
import org.junit.jupiter.api.Test;

/** Bytes the codec did not write fail with an IllegalArgumentException, whatever is wrong. */
class EntityCodecCorruptInputTest {
  private final EntityCodec codec = new EntityCodec(new MemorySymbolTable());

  @Test
  void anotherFormatVersionIsRejected() {
    byte[] bytes = codec.encode(EntityFixtures.load("bench-entity.json"));
    bytes[0] = 2;

    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Entity bytes of format version 2; this codec reads version 1");
    assertThatThrownBy(() -> codec.id(bytes)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.types(bytes)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyInputIsRejected() {
    assertThatThrownBy(() -> codec.decode(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No entity bytes to decode");
  }

  @Test
  void everyTruncationIsRejected() {
    for (byte[] bytes : samples()) {
      for (int length = 0; length < bytes.length; length++) {
        byte[] truncated = Arrays.copyOf(bytes, length);
        assertThatThrownBy(() -> codec.decode(truncated))
            .as("truncated to %d of %d bytes", length, bytes.length)
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decode(truncated, Set.of()))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] bytes = codec.encode(EntityFixtures.load("geo.json"));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);

    assertThatThrownBy(() -> codec.decode(longer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trailing bytes");
  }

  /** Random byte flips either still decode (to something) or fail with the one exception type. */
  @Test
  void flippedBytesFailOnlyWithIllegalArgument() {
    Random random = new Random(5);
    for (byte[] bytes : samples()) {
      for (int round = 0; round < 200; round++) {
        byte[] corrupt = bytes.clone();
        int at = 1 + random.nextInt(corrupt.length - 1);
        corrupt[at] = (byte) random.nextInt(256);
        try {
          codec.decode(corrupt);
        } catch (IllegalArgumentException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      }
    }
  }

  private List<byte[]> samples() {
    List<byte[]> samples = new ArrayList<>();
    for (String name : EntityCodecRoundTripTest.FIXTURES) {
      samples.add(codec.encode(EntityFixtures.load(name, EntityFixtures.EXACT_DECIMALS)));
    }
    for (Entity e : EdgeCaseEntities.all()) {
      samples.add(codec.encode(e));
    }
    for (Entity e : new RandomEntities(9).entities(20)) {
      samples.add(codec.encode(e));
    }
    return samples;
  }
}
