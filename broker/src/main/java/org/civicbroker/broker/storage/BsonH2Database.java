package org.civicbroker.broker.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend's database with collections whose documents are stored as BSON ({@link
 * BsonDocumentType}) and unique indexes with typed keys ({@link IndexKeyType}); map names are those
 * of the stock backend, so drops and listings work as before. (Files written by the stock backend's
 * Java serialization are not readable with it.)
 */
final class BsonH2Database extends H2Database {
  /** The base constructor already opens collections, before this class's fields are assigned. */
  private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

  private final MVStore store;

  private BsonH2Database(String name, MVStore store, CursorRegistry cursors) {
    super(name, store, cursors);
    this.store = store;
  }

  static BsonH2Database open(String name, MVStore store, CursorRegistry cursors) {
    OPENING.set(store);
    try {
      return new BsonH2Database(name, store, cursors);
    } finally {
      OPENING.remove();
    }
  }

  private MVStore store() {
    return store != null ? store : OPENING.get();
  }

  @Override
  protected MongoCollection<Object> openOrCreateCollection(
      String collectionName, CollectionOptions options) {
    String namespace = getFullCollectionNamespace(collectionName);
    MVStore mvStore = store();
    MVMap<Object, Document> data =
        mvStore.openMap(
            "databases." + namespace,
            new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    MVMap<String, Object> meta = mvStore.openMap("meta." + namespace);
    return new BsonH2Collection(this, collectionName, options, data, meta, cursorRegistry);
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    MVMap<KeyValue, Object> map =
        store()
            .openMap(
                getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
    return new TypedUniqueIndex(map, indexName, keys, sparse);
  }
}
