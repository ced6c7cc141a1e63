package org.civicbroker.broker.subscription.store.mongo;

import static org.civicbroker.broker.subscription.store.mongo.DocumentValues.instant;
import static org.civicbroker.broker.subscription.store.mongo.DocumentValues.json;
import static org.civicbroker.broker.subscription.store.mongo.DocumentValues.nanos;
import static org.civicbroker.broker.subscription.store.mongo.DocumentValues.pairs;
import static org.civicbroker.broker.subscription.store.mongo.DocumentValues.putIfPresent;
import static org.civicbroker.broker.subscription.store.mongo.DocumentValues.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.subscription.EntitySelectors;
import org.civicbroker.model.subscription.NotificationTrigger;
import org.civicbroker.model.subscription.Subscription;
import org.civicbroker.model.subscription.SubscriptionBuilder;
import org.civicbroker.model.subscription.SubscriptionGeoQ;
import org.civicbroker.model.subscription.SubscriptionQ;
import org.civicbroker.model.subscription.SubscriptionScopeQ;
import org.civicbroker.model.subscription.TermBindings;

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
 *          notification: { ... see {@link NotificationDocuments} },
 *          createdAt, modifiedAt },
 *   status: { see {@link StatusDocuments} },
 *   periodicAt: date of the last periodic notification claimed (timeInterval only) }
 * </pre>
 *
 * Expanded names and user JSON are values (strings or key-value pairs), never field names, so no
 * field-name encoding is needed. Times of the definition are ISO 8601 strings (exact to the
 * nanosecond); durations are nanoseconds.
 */
final class SubscriptionDocumentMapper {
  static final String ID = "_id";
  static final String VERSION = "_v";
  static final String DEFINITION = "def";
  static final String STATUS = "status";
  static final String PERIODIC_CLAIM = "periodicAt";

  private final NotificationDocuments notifications = new NotificationDocuments();

  /** A new document: the definition at {@code version} with an empty status. */
  Document toDocument(Subscription s, long version) {
    return new Document(ID, s.id())
        .append(VERSION, version)
        .append(DEFINITION, definition(s))
        .append(STATUS, StatusDocuments.empty());
  }

  Document definition(Subscription s) {
    Document d = new Document();
    putIfPresent(d, "name", s.name());
    putIfPresent(d, "description", s.description());
    d.append("entities", s.entities().stream().map(SubscriptionDocumentMapper::selector).toList());
    d.append("watchedAttributes", s.watchedAttributes());
    d.append("triggers", s.triggers().stream().map(NotificationTrigger::term).toList());
    putIfPresent(d, "timeIntervalNs", nanos(s.timeInterval()));
    putIfPresent(d, "throttlingNs", nanos(s.throttling()));
    if (s.q() != null) {
      d.append("q", q(s.q()));
    }
    putIfPresent(d, "geoQ", s.geoQ() == null ? null : s.geoQ().json().toString());
    putIfPresent(d, "scopeQ", s.scopeQ() == null ? null : s.scopeQ().text());
    putIfPresent(d, "csf", s.csf());
    d.append("datasetIds", s.datasetIds());
    d.append("active", s.active());
    putIfPresent(d, "expiresAt", DocumentValues.text(s.expiresAt()));
    putIfPresent(d, "lang", s.lang());
    putIfPresent(d, "jsonldContext", s.jsonldContext());
    putIfPresent(
        d, "requestContext", s.requestContext() == null ? null : s.requestContext().toString());
    d.append("notification", notifications.toDocument(s.notification()));
    putIfPresent(d, "createdAt", DocumentValues.text(s.createdAt()));
    putIfPresent(d, "modifiedAt", DocumentValues.text(s.modifiedAt()));
    return d;
  }

  StoredSubscription toStored(Document doc) {
    Subscription s = subscription(doc.getString(ID), doc.get(DEFINITION, Document.class));
    Number version = doc.get(VERSION, Number.class);
    return new StoredSubscription(
        s,
        StatusDocuments.toStatus(doc.get(STATUS, Document.class)),
        version == null ? 0 : version.longValue());
  }

  private Subscription subscription(String id, Document d) {
    SubscriptionBuilder b =
        SubscriptionBuilder.create()
            .id(id)
            .name(d.getString("name"))
            .description(d.getString("description"))
            .entities(selectors(d.getList("entities", Document.class, List.of())))
            .watchedAttributes(strings(d, "watchedAttributes"))
            .triggers(strings(d, "triggers").stream().map(NotificationTrigger::of).toList())
            .timeInterval(DocumentValues.duration(d, "timeIntervalNs"))
            .throttling(DocumentValues.duration(d, "throttlingNs"))
            .csf(d.getString("csf"))
            .datasetIds(strings(d, "datasetIds"))
            .active(d.getBoolean("active", true))
            .expiresAt(instant(d.getString("expiresAt")))
            .lang(d.getString("lang"))
            .jsonldContext(d.getString("jsonldContext"))
            .requestContext(json(d.getString("requestContext")))
            .notification(notifications.toParams(d.get("notification", Document.class)))
            .createdAt(instant(d.getString("createdAt")))
            .modifiedAt(instant(d.getString("modifiedAt")));
    Document q = d.get("q", Document.class);
    if (q != null) {
      b.q(SubscriptionQ.restore(q.getString("text"), bindings(q)));
    }
    if (d.getString("geoQ") != null) {
      b.geoQ(SubscriptionGeoQ.restore((ObjectNode) json(d.getString("geoQ"))));
    }
    if (d.getString("scopeQ") != null) {
      b.scopeQ(SubscriptionScopeQ.parse(d.getString("scopeQ")));
    }
    return b.build();
  }

  private static Document selector(EntitySelector s) {
    Document d = new Document();
    putIfPresent(d, "id", EntitySelectors.id(s));
    putIfPresent(d, "idPattern", s.idPattern() == null ? null : s.idPattern().source());
    putIfPresent(d, "type", EntitySelectors.typeText(s));
    return d;
  }

  private static List<EntitySelector> selectors(List<Document> docs) {
    List<EntitySelector> selectors = new ArrayList<>(docs.size());
    for (Document d : docs) {
      selectors.add(
          EntitySelectors.restore(
              d.getString("id"), d.getString("idPattern"), d.getString("type")));
    }
    return selectors;
  }

  private static Document q(SubscriptionQ q) {
    return new Document("text", q.text())
        .append("attributes", DocumentValues.pairList(q.bindings().attributes()))
        .append("vocab", DocumentValues.pairList(q.bindings().vocab()));
  }

  private static TermBindings bindings(Document q) {
    return new TermBindings(pairs(q, "attributes"), pairs(q, "vocab"));
  }
}
