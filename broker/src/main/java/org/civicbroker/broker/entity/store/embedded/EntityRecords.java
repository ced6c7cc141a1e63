package org.civicbroker.broker.entity.store.embedded;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.civicbroker.broker.entity.codec.EntityCodec;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;

/**
 * The value of an entity in the embedded store: its version (8 bytes, big-endian) followed by the
 * entity in the {@link EntityCodec} encoding.
 */
final class EntityRecords {
  private final EntityCodec codec;

  EntityRecords(EntityCodec codec) {
    this.codec = codec;
  }

  byte[] encode(Entity entity, long version) {
    byte[] body = codec.encode(entity);
    return ByteBuffer.allocate(8 + body.length).putLong(version).put(body).array();
  }

  static long version(byte[] record) {
    return ByteBuffer.wrap(record, 0, 8).getLong();
  }

  /** The record of the same entity at another version. */
  static byte[] withVersion(byte[] record, long version) {
    byte[] copy = record.clone();
    ByteBuffer.wrap(copy).putLong(0, version);
    return copy;
  }

  Versioned<Entity> decode(byte[] record) {
    return new Versioned<>(
        codec.decode(Arrays.copyOfRange(record, 8, record.length)), version(record));
  }
}
