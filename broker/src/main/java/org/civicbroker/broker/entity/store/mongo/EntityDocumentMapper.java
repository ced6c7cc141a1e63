package org.civicbroker.broker.entity.store.mongo;

import static org.civicbroker.broker.entity.store.mongo.EntityFields.ATTRS;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.CREATED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.ID;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.MODIFIED_AT;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.SCOPES;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.TYPES;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.VERSION;

import java.util.List;
import org.bson.Document;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;

/**
 * The explicit mapping between an {@link Entity} and its MongoDB document (layout in {@link
 * EntityFields}). Stateless; a stored document that does not fit the layout raises {@link
 * IllegalArgumentException} or {@link ClassCastException}, which the store reports as an internal
 * error.
 */
public final class EntityDocumentMapper {

  /** The document of an entity at the given version. */
  public Document toDocument(Entity entity, long version) {
    Document doc = new Document(ID, entity.id().value()).append(VERSION, version);
    doc.append(TYPES, entity.types());
    if (!entity.scopes().isEmpty()) {
      doc.append(SCOPES, entity.scopes());
    }
    Timestamps.put(doc, CREATED_AT, entity.createdAt());
    Timestamps.put(doc, MODIFIED_AT, entity.modifiedAt());
    doc.append(ATTRS, AttributeDocumentMapper.attributesToBson(entity.attributes()));
    return doc;
  }

  /** The entity of a stored document. */
  public Entity toEntity(Document doc) {
    return new Entity(
        EntityId.of(doc.getString(ID)),
        strings(doc, TYPES),
        strings(doc, SCOPES),
        AttributeDocumentMapper.attributesFromBson(doc.get(ATTRS, Document.class)),
        Timestamps.get(doc, CREATED_AT),
        Timestamps.get(doc, MODIFIED_AT));
  }

  /** The entity of a stored document with the document's version. */
  public Versioned<Entity> toVersioned(Document doc) {
    return new Versioned<>(toEntity(doc), version(doc));
  }

  private static long version(Document doc) {
    Object version = doc.get(VERSION);
    if (version instanceof Number n) {
      return n.longValue();
    }
    throw new IllegalArgumentException("Stored entity has no version");
  }

  private static List<String> strings(Document doc, String key) {
    List<String> values = doc.getList(key, String.class);
    return values == null ? List.of() : values;
  }
}
