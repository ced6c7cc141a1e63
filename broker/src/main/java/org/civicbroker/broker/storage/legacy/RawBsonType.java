package org.civicbroker.broker.storage.legacy;

import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Values of the legacy store's document maps, as the raw BSON bytes the embedded server wrote: a
 * BSON document starts with its total length, a little-endian int32, so the bytes of one value are
 * found without decoding them.
 */
final class RawBsonType extends BasicDataType<byte[]> {
  static final RawBsonType INSTANCE = new RawBsonType();

  private RawBsonType() {}

  @Override
  public byte[] read(ByteBuffer buffer) {
    int length = Integer.reverseBytes(buffer.getInt(buffer.position()));
    if (length < 5 || length > buffer.remaining()) {
      throw new IllegalStateException("Not a BSON document: length " + length);
    }
    byte[] bson = new byte[length];
    buffer.get(bson);
    return bson;
  }

  @Override
  public void write(WriteBuffer buffer, byte[] bson) {
    buffer.put(bson);
  }

  @Override
  public int getMemory(byte[] bson) {
    return 24 + bson.length;
  }

  @Override
  public byte[][] createStorage(int size) {
    return new byte[size][];
  }
}
