package org.civicbroker.broker.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Stores the embedded server's documents in H2 pages as BSON. The stock H2 backend stores them with
 * Java object serialization, which dominated the profile of every write (and of reads of pages not
 * in the cache); BSON is the documents' own compact format and the server has its codec.
 */
final class BsonDocumentType extends BasicDataType<Document> {
  static final BsonDocumentType INSTANCE = new BsonDocumentType();

  private static final int BASE_MEMORY = 64;

  private BsonDocumentType() {}

  @Override
  public int getMemory(Document document) {
    return BASE_MEMORY + estimate(document, 0);
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    ByteBuf bytes = Unpooled.buffer(1024);
    try {
      BsonEncoder.encodeDocument(document, bytes);
      buffer.put(bytes.nioBuffer());
    } finally {
      bytes.release();
    }
  }

  @Override
  public Document read(ByteBuffer buffer) {
    ByteBuf bytes = Unpooled.wrappedBuffer(buffer.slice());
    Document document = BsonDecoder.decodeBson(bytes);
    buffer.position(buffer.position() + bytes.readerIndex());
    return document;
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }

  /** A rough size in bytes, for the page cache's accounting. */
  private static int estimate(Object value, int depth) {
    if (depth > 32) {
      return 16;
    }
    if (value instanceof Map<?, ?> map) {
      int size = 32;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        size += 32 + estimate(e.getKey(), depth + 1) + estimate(e.getValue(), depth + 1);
      }
      return size;
    }
    if (value instanceof Collection<?> list) {
      int size = 24;
      for (Object item : list) {
        size += 8 + estimate(item, depth + 1);
      }
      return size;
    }
    if (value instanceof String s) {
      return 40 + s.length();
    }
    return 16;
  }
}
