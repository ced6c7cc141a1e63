package org.civicbroker.broker.storage.legacy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Keys of the legacy store's document maps. The embedded server keyed each document by its {@code
 * _id} (a random {@link java.util.UUID} for documents without one, as in {@code system.indexes}),
 * stored with H2's default key type, {@link ObjectDataType}: strings, numbers and UUIDs in H2's own
 * encoding, anything else Java-serialized. Serialized keys would be instances of the server's
 * classes, which are gone; they are read as {@link SerializedKey}, their bytes kept, so that the
 * pages holding them (and their documents) stay readable.
 */
final class LegacyKeyType extends BasicDataType<Object> {
  /** {@link ObjectDataType}'s tag of a Java-serialized object: tag, var-int length, bytes. */
  private static final int TYPE_SERIALIZED_OBJECT = 19;

  /** Stateful (it remembers the last type seen): one per map. */
  private final ObjectDataType keys = new ObjectDataType();

  /** A key H2 stored Java-serialized, left undecoded. */
  record SerializedKey(byte[] bytes) {
    @Override
    public boolean equals(Object other) {
      return other instanceof SerializedKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "SerializedKey[" + bytes.length + " bytes]";
    }
  }

  @Override
  public Object read(ByteBuffer buffer) {
    if (buffer.get(buffer.position()) != TYPE_SERIALIZED_OBJECT) {
      return keys.read(buffer);
    }
    buffer.get();
    byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
    buffer.get(bytes);
    return new SerializedKey(bytes);
  }

  @Override
  public void write(WriteBuffer buffer, Object key) {
    if (key instanceof SerializedKey serialized) {
      buffer.put((byte) TYPE_SERIALIZED_OBJECT).putVarInt(serialized.bytes().length);
      buffer.put(serialized.bytes());
    } else {
      keys.write(buffer, key);
    }
  }

  @Override
  public int getMemory(Object key) {
    return key instanceof SerializedKey serialized
        ? 24 + serialized.bytes().length
        : keys.getMemory(key);
  }

  /** Only needed for lookups by key, which the reader does not do; undecoded keys sort last. */
  @Override
  public int compare(Object a, Object b) {
    boolean serializedA = a instanceof SerializedKey;
    boolean serializedB = b instanceof SerializedKey;
    if (serializedA || serializedB) {
      return serializedA && serializedB
          ? Arrays.compare(((SerializedKey) a).bytes(), ((SerializedKey) b).bytes())
          : Boolean.compare(serializedA, serializedB);
    }
    return keys.compare(a, b);
  }

  @Override
  public Object[] createStorage(int size) {
    return new Object[size];
  }
}
