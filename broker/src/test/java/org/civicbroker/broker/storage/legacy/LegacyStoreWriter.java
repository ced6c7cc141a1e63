package org.civicbroker.broker.storage.legacy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Writes a store file in the legacy layout ({@link LegacyH2Store}: documents as raw BSON in maps
 * {@code databases.<database>.<collection>}, keyed by {@code _id}), for tests that need legacy
 * stores the fixture does not have: large ones, or ones with documents the mappers refuse.
 */
public final class LegacyStoreWriter implements AutoCloseable {
  private static final DocumentCodec CODEC = new DocumentCodec();

  private final MVStore store;
  private final Map<String, MVMap<Object, byte[]>> maps = new HashMap<>();

  private LegacyStoreWriter(MVStore store) {
    this.store = store;
  }

  /** A new store file in {@code dataDir}. */
  public static LegacyStoreWriter create(Path dataDir) {
    return new LegacyStoreWriter(
        new MVStore.Builder().fileName(dataDir.resolve(LegacyH2Store.FILE_NAME).toString()).open());
  }

  /** Stores the document under its {@code _id}. */
  public void put(String database, String collection, Document document) {
    ByteBuffer buffer = new RawBsonDocument(document, CODEC).getByteBuffer().asNIO();
    byte[] bson = new byte[buffer.remaining()];
    buffer.get(bson);
    map(database, collection).put(document.get("_id"), bson);
  }

  private MVMap<Object, byte[]> map(String database, String collection) {
    return maps.computeIfAbsent(
        database + "." + collection,
        name ->
            store.openMap(
                "databases." + name,
                new MVMap.Builder<Object, byte[]>()
                    .keyType(new LegacyKeyType())
                    .valueType(RawBsonType.INSTANCE)));
  }

  /** Writes what is pending and closes the file. */
  @Override
  public void close() {
    store.close();
  }
}
