package org.civicbroker.broker.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The H2 backend's collection, telling {@link BsonDocumentType} when the server has changed a
 * stored document in place (an update), so that its kept encoding is not written again.
 */
final class BsonH2Collection extends H2Collection {

  BsonH2Collection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, Document> data,
      MVMap<String, Object> meta,
      CursorRegistry cursors) {
    super(database, name, options, data, meta, cursors);
  }

  @Override
  protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
    BsonDocumentType.INSTANCE.forget(newDocument);
    super.handleUpdate(position, oldDocument, newDocument);
  }
}
