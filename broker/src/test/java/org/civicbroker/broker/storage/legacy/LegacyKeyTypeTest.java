package org.civicbroker.broker.storage.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civicbroker.broker.storage.legacy.LegacyKeyType.SerializedKey;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** Keys as H2's default key type wrote them are read, Java-serialized ones left undecoded. */
class LegacyKeyTypeTest {
  private static final UUID UUID_KEY = UUID.fromString("8716b98a-a970-4685-b811-1fdbc7416d64");

  @Test
  void readsNativeKeysAndKeepsSerializedOnesAsBytes() {
    ArrayList<Integer> serializable = new ArrayList<>(List.of(1, 2));
    ObjectDataType h2 = new ObjectDataType();
    WriteBuffer written = new WriteBuffer();
    for (Object key : List.of("urn:ngsi-ld:Sensor:1", serializable, UUID_KEY, 42L)) {
      h2.write(written, key);
    }
    ByteBuffer buffer = written.getBuffer().flip();

    LegacyKeyType keys = new LegacyKeyType();
    assertThat(keys.read(buffer)).isEqualTo("urn:ngsi-ld:Sensor:1");
    assertThat(keys.read(buffer)).isInstanceOf(SerializedKey.class);
    assertThat(keys.read(buffer)).isEqualTo(UUID_KEY);
    assertThat(keys.read(buffer)).isEqualTo(42L);
    assertThat(buffer.hasRemaining()).isFalse();
  }

  @Test
  void writesAnUndecodedKeyBackAsItWasWritten() {
    ObjectDataType h2 = new ObjectDataType();
    WriteBuffer original = new WriteBuffer();
    h2.write(original, new ArrayList<>(List.of("x")));
    ByteBuffer originalBytes = original.getBuffer().flip();
    LegacyKeyType keys = new LegacyKeyType();
    Object key = keys.read(originalBytes.duplicate());

    WriteBuffer copy = new WriteBuffer();
    keys.write(copy, key);

    assertThat(copy.getBuffer().flip()).isEqualTo(originalBytes);
  }
}
