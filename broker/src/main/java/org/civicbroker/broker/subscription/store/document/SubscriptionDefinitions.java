package org.civicbroker.broker.subscription.store.document;

import static org.civicbroker.broker.subscription.store.document.DocumentValues.instant;
import static org.civicbroker.broker.subscription.store.document.DocumentValues.json;
import static org.civicbroker.broker.subscription.store.document.DocumentValues.nanos;
import static org.civicbroker.broker.subscription.store.document.DocumentValues.pairs;
import static org.civicbroker.broker.subscription.store.document.DocumentValues.putIfPresent;
import static org.civicbroker.broker.subscription.store.document.DocumentValues.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
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
 * The definition of a subscription as a BSON document, the layout both storage engines keep (the
 * MongoDB adapter as the {@code def} field of its documents, the embedded one as BSON bytes):
 *
 * <pre>
 * { name, description,
 *   entities: [ { id, idPattern, type (type selection, expanded names) } ],
 *   watchedAttributes: [ IRI ], triggers: [ "attributeCreated", ... ],
 *   timeIntervalNs, throttlingNs,
 *   q: { text, attributes: [ {key: term, value: IRI} ], vocab: [ {key, value} ] },
 *   geoQ: "GeoQuery JSON, geoproperty expanded", scopeQ, csf, datasetIds: [ ],
 *   active, expiresAt, lang, jsonldContext, requestContext: "JSON text",
 *   notification: { ... see {@link NotificationDocuments} },
 *   createdAt, modifiedAt }
 * </pre>
 *
 * Expanded names and user JSON are values (strings or key-value pairs), never field names, so no
 * field-name encoding is needed. Times are ISO 8601 strings (exact to the nanosecond); durations
 * are nanoseconds.
 */
public final class SubscriptionDefinitions {
  private final NotificationDocuments notifications = new NotificationDocuments();

  /** The definition document of a subscription. */
  public Document definition(Subscription s) {
    Document d = new Document();
    putIfPresent(d, "name", s.name());
    putIfPresent(d, "description", s.description());
    d.append("entities", s.entities().stream().map(SubscriptionDefinitions::selector).toList());
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

  /** The subscription of a definition document. */
  public Subscription subscription(String id, Document d) {
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
