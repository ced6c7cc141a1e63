package org.civicbroker.broker.subscription.store.mongo;

import org.bson.Document;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.document.SubscriptionDefinitions;
import org.civicbroker.model.subscription.Subscription;

/**
 * Maps subscriptions to documents of the {@code subscriptions} collection and back:
 *
 * <pre>
 * { _id: id, _v: version,
 *   def: { name, description,
 *          entities: [ { id, idPattern, type (type selection, expanded names) } ],
 *          watchedAttributes: [ IRI ], triggers: [ "attributeCreated", ... ],
 *          timeIntervalNs, throttlingNs,
 *          q: { text, attributes: [ {key: term, value: IRI} ], vocab: [ {key, value} ] },
 *          geoQ: "GeoQuery JSON, geoproperty expanded", scopeQ, csf, datasetIds: [ ],
 *          active, expiresAt, lang, jsonldContext, requestContext: "JSON text",
 *          notification: { ... see {@link org.civicbroker.broker.subscription.store.document.SubscriptionDefinitions} },
 *          createdAt, modifiedAt },
 *   status: { see {@link StatusDocuments} },
 *   periodicAt: date of the last periodic notification claimed (timeInterval only) }
 * </pre>
 *
 * Expanded names and user JSON are values (strings or key-value pairs), never field names, so no
 * field-name encoding is needed. Times of the definition are ISO 8601 strings (exact to the
 * nanosecond); durations are nanoseconds. Public for the migration of the legacy embedded store,
 * whose documents have this layout.
 */
public final class SubscriptionDocumentMapper {
  static final String ID = "_id";
  static final String VERSION = "_v";
  static final String DEFINITION = "def";
  static final String STATUS = "status";
  static final String PERIODIC_CLAIM = "periodicAt";

  private final SubscriptionDefinitions definitions = new SubscriptionDefinitions();

  Document definition(Subscription s) {
    return definitions.definition(s);
  }

  /** A new document: the definition at {@code version} with an empty status. */
  Document toDocument(Subscription s, long version) {
    return new Document(ID, s.id())
        .append(VERSION, version)
        .append(DEFINITION, definitions.definition(s))
        .append(STATUS, StatusDocuments.empty());
  }

  /** The subscription, status and version of a stored document. */
  public StoredSubscription toStored(Document doc) {
    Subscription s =
        definitions.subscription(doc.getString(ID), doc.get(DEFINITION, Document.class));
    Number version = doc.get(VERSION, Number.class);
    return new StoredSubscription(
        s,
        StatusDocuments.toStatus(doc.get(STATUS, Document.class)),
        version == null ? 0 : version.longValue());
  }
}
