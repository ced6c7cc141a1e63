package org.civicbroker.broker.notification.outbox.mongo;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.civicbroker.broker.notification.Endpoint;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.model.id.Tenant;

/**
 * Maps pending notifications to outbox documents and back. Header and info maps are stored as lists
 * of {@code {key, value}} pairs: their keys may hold characters that MongoDB field names may not
 * ({@code .}, a leading {@code $}). Public for the migration of the legacy embedded store, whose
 * outbox documents have this layout.
 */
public final class OutboxDocuments {
  static final String ID = "_id";
  static final String TENANT = "tenant";
  static final String SUBSCRIPTION = "subscriptionId";
  static final String URI_FIELD = "uri";
  static final String ACCEPT = "accept";
  static final String RECEIVER_INFO = "receiverInfo";
  static final String NOTIFIER_INFO = "notifierInfo";
  static final String BODY = "body";
  static final String CONTENT_TYPE = "contentType";
  static final String HEADERS = "headers";
  static final String NOTIFIED_AT = "notifiedAt";
  static final String CREATED_AT = "createdAt";
  static final String ATTEMPTS = "attempts";
  static final String DUE_AT = "dueAt";
  static final String QUEUE = "queueKey";
  static final String CLAIMED_BY = "claimedBy";
  static final String CLAIMED_UNTIL = "claimedUntil";
  static final String LAST_ERROR = "lastError";

  /** The claim time of a notification nobody holds. */
  static final Date UNCLAIMED = new Date(0);

  private OutboxDocuments() {}

  public static Document toDocument(PendingNotification pending, String owner) {
    Notification n = pending.notification();
    Endpoint endpoint = n.endpoint();
    return new Document(ID, n.id())
        .append(TENANT, n.tenant().name())
        .append(SUBSCRIPTION, n.subscriptionId())
        .append(URI_FIELD, endpoint.uri().toString())
        .append(ACCEPT, endpoint.accept())
        .append(RECEIVER_INFO, pairs(endpoint.receiverInfo()))
        .append(NOTIFIER_INFO, pairs(endpoint.notifierInfo()))
        .append(BODY, new Binary(n.body()))
        .append(CONTENT_TYPE, n.contentType())
        .append(HEADERS, pairs(n.headers()))
        .append(NOTIFIED_AT, n.notifiedAt().toString())
        .append(CREATED_AT, Date.from(pending.createdAt()))
        .append(ATTEMPTS, pending.attempts())
        .append(DUE_AT, Date.from(pending.dueAt()))
        .append(QUEUE, pending.queueKey())
        .append(CLAIMED_BY, owner)
        .append(CLAIMED_UNTIL, owner == null ? UNCLAIMED : Date.from(pending.claimedUntil()));
  }

  /** The pending notification of a stored document, with its claim's end. */
  public static PendingNotification fromDocument(Document doc) {
    Endpoint endpoint =
        new Endpoint(
            URI.create(doc.getString(URI_FIELD)),
            doc.getString(ACCEPT),
            map(doc, RECEIVER_INFO),
            map(doc, NOTIFIER_INFO));
    Notification notification =
        new Notification(
            doc.getString(ID),
            new Tenant(doc.getString(TENANT)),
            doc.getString(SUBSCRIPTION),
            endpoint,
            doc.get(BODY, Binary.class).getData(),
            doc.getString(CONTENT_TYPE),
            map(doc, HEADERS),
            Instant.parse(doc.getString(NOTIFIED_AT)));
    return new PendingNotification(
        notification,
        doc.getInteger(ATTEMPTS, 0),
        doc.getDate(CREATED_AT).toInstant(),
        doc.getDate(DUE_AT).toInstant(),
        doc.getDate(CLAIMED_UNTIL).toInstant());
  }

  private static List<Document> pairs(Map<String, String> map) {
    List<Document> pairs = new ArrayList<>(map.size());
    map.forEach((k, v) -> pairs.add(new Document("key", k).append("value", v)));
    return pairs;
  }

  private static Map<String, String> map(Document doc, String field) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Document pair : doc.getList(field, Document.class, List.of())) {
      map.put(pair.getString("key"), pair.getString("value"));
    }
    return map;
  }
}
