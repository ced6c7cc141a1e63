package org.civicbroker.broker.entity.store.mongo;

/**
 * Field names of the entity document, for query translators. Layout (one document per entity):
 *
 * <pre>
 * { _id: entity id, _v: version (long), types: [expanded IRIs], scopes: [..] (absent if none),
 *   createdAt, modifiedAt: BSON dates (+ createdAtNs/modifiedAtNs: sub-millisecond nanos if any),
 *   attrs: { encoded attribute name: [instance, ...] } }
 * instance: { type: "Property" | "Relationship" | ... (the compact term),
 *   value | object + objectType | languageMap | vocab | valueList | objectList + objectType | json,
 *   bbox: {w, s, e, n} (GeoProperty), datasetId?, observedAt?, unitCode?, createdAt?, modifiedAt?,
 *   sub: { encoded sub-attribute name: [instance, ...] }? }
 * </pre>
 *
 * <p>Two fields are the store's own: {@code _pending}, the outbox documents of notifications that a
 * write committed with the entity and that are not yet in the outbox collection ({@link
 * PendingNotifications}), and {@code _deleted}, set on an entity whose deletion committed its
 * notifications and is not finished yet; readers treat such a document as absent ({@link #isLive}).
 *
 * <p>Names of attributes and keys inside values are encoded with {@link FieldNames}. Relationship
 * {@code object}, {@code objectType} and {@code vocab} are always arrays (MongoDB matches array
 * elements, so {@code attrs.<name>.object: "urn:x"} works). Instances are always in an array, so
 * {@code attrs.<name>.value} matches any instance.
 */
public final class EntityFields {
  public static final String ID = "_id";
  public static final String VERSION = "_v";
  public static final String TYPES = "types";
  public static final String SCOPES = "scopes";
  public static final String CREATED_AT = "createdAt";
  public static final String MODIFIED_AT = "modifiedAt";
  public static final String ATTRS = "attrs";
  public static final String PENDING = "_pending";
  public static final String DELETED = "_deleted";

  public static final String TYPE = "type";
  public static final String VALUE = "value";
  public static final String OBJECT = "object";
  public static final String OBJECT_TYPE = "objectType";
  public static final String LANGUAGE_MAP = "languageMap";
  public static final String VOCAB = "vocab";
  public static final String VALUE_LIST = "valueList";
  public static final String OBJECT_LIST = "objectList";
  public static final String JSON = "json";
  public static final String BBOX = "bbox";
  public static final String DATASET_ID = "datasetId";
  public static final String OBSERVED_AT = "observedAt";
  public static final String UNIT_CODE = "unitCode";
  public static final String SUB = "sub";

  private EntityFields() {}

  /** Whether a stored document is an entity (not one whose deletion is being finished). */
  public static boolean isLive(org.bson.Document doc) {
    return doc != null && !doc.containsKey(DELETED);
  }

  /** The filter of live entities, added to every query. */
  public static org.bson.conversions.Bson live(org.bson.conversions.Bson filter) {
    return com.mongodb.client.model.Filters.and(
        filter, com.mongodb.client.model.Filters.exists(DELETED, false));
  }

  /** The path of an attribute's instances, e.g. {@code attrs.https://schema%2Eorg/name}. */
  public static String attributePath(String expandedName) {
    return ATTRS + "." + FieldNames.encode(expandedName);
  }
}
