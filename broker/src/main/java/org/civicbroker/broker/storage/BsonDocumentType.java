package org.civicbroker.broker.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Stores the embedded server's documents in H2 pages as BSON. The stock H2 backend stores them with
 * Java object serialization, which dominated the profile of every write (and of reads of pages not
 * in the cache); BSON is the documents' own compact format and the server has its codec.
 *
 * <p>A commit writes every page with a changed document whole, so each document would be encoded
 * again with every commit that touches one of its page neighbours. The encoding of a document is
 * kept (weakly, by identity) from its first use or from reading it, so each is encoded once. The
 * server updates a stored document in place before storing it again; {@link BsonH2Collection} drops
 * its encoding ({@link #forget}) before that store.
 */
final class BsonDocumentType extends BasicDataType<Document> {
  static final BsonDocumentType INSTANCE = new BsonDocumentType();

  /** Java objects take a few times the bytes of their BSON (the page cache counts memory). */
  private static final int MEMORY_PER_BSON_BYTE = 3;

  private static final int BASE_MEMORY = 64;

  private final Cache<Document, byte[]> encoded =
      Caffeine.newBuilder().weakKeys().maximumSize(100_000).build();

  private BsonDocumentType() {}

  @Override
  public int getMemory(Document document) {
    return BASE_MEMORY + MEMORY_PER_BSON_BYTE * encode(document).length;
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    buffer.put(encode(document));
  }

  /** Drops the kept encoding of a document that was changed in place. */
  void forget(Document document) {
    encoded.invalidate(document);
  }

  private byte[] encode(Document document) {
    return encoded.get(document, BsonDocumentType::toBson);
  }

  private static byte[] toBson(Document document) {
    ByteBuf bytes = Unpooled.buffer(1024);
    try {
      BsonEncoder.encodeDocument(document, bytes);
      byte[] array = new byte[bytes.readableBytes()];
      bytes.readBytes(array);
      return array;
    } finally {
      bytes.release();
    }
  }

  @Override
  public Document read(ByteBuffer buffer) {
    ByteBuf bytes = Unpooled.wrappedBuffer(buffer.slice());
    Document document = BsonDecoder.decodeBson(bytes);
    byte[] bson = new byte[bytes.readerIndex()];
    buffer.get(bson);
    encoded.put(document, bson);
    return document;
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
