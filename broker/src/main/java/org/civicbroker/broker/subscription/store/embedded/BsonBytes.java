package org.civicbroker.broker.subscription.store.embedded;

import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/** BSON documents to bytes and back (the BSON library, not a database). */
final class BsonBytes {
  private static final DocumentCodec CODEC = new DocumentCodec();

  private BsonBytes() {}

  static byte[] encode(Document document) {
    try (BasicOutputBuffer buffer = new BasicOutputBuffer();
        BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
      CODEC.encode(writer, document, EncoderContext.builder().build());
      return buffer.toByteArray();
    }
  }

  static Document decode(ByteBuffer bytes) {
    try (BsonBinaryReader reader = new BsonBinaryReader(bytes)) {
      return CODEC.decode(reader, DecoderContext.builder().build());
    }
  }
}
