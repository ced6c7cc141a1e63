package org.civicbroker.broker.subscription.store.mongo;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.DeliveryStatus;

/**
 * The {@code status} sub-document: {@code timesSent}, {@code timesFailed} (longs) and {@code
 * lastNotification}, {@code lastSuccess}, {@code lastFailure} (BSON dates, millisecond precision),
 * changed only by {@code $inc} and {@code $max} so that concurrent deliveries never lose counts.
 */
final class StatusDocuments {
  private static final String PREFIX = SubscriptionDocumentMapper.STATUS + ".";

  private StatusDocuments() {}

  static Document empty() {
    return new Document("timesSent", 0L).append("timesFailed", 0L);
  }

  static DeliveryStatus toStatus(Document d) {
    if (d == null) {
      return DeliveryStatus.NONE;
    }
    return new DeliveryStatus(
        count(d, "timesSent"),
        count(d, "timesFailed"),
        time(d, "lastNotification"),
        time(d, "lastSuccess"),
        time(d, "lastFailure"));
  }

  /** The update adding {@code delta}; null when it changes nothing. */
  static Bson update(DeliveryDelta delta) {
    Document inc = new Document();
    if (delta.sent() != 0) {
      inc.append(PREFIX + "timesSent", delta.sent());
    }
    if (delta.failed() != 0) {
      inc.append(PREFIX + "timesFailed", delta.failed());
    }
    Document max = new Document();
    putTime(max, "lastNotification", delta.lastNotification());
    putTime(max, "lastSuccess", delta.lastSuccess());
    putTime(max, "lastFailure", delta.lastFailure());
    Document update = new Document();
    if (!inc.isEmpty()) {
      update.append("$inc", inc);
    }
    if (!max.isEmpty()) {
      update.append("$max", max);
    }
    return update.isEmpty() ? null : update;
  }

  private static void putTime(Document max, String name, Instant at) {
    if (at != null) {
      max.append(PREFIX + name, Date.from(at));
    }
  }

  private static long count(Document d, String name) {
    Number n = d.get(name, Number.class);
    return n == null ? 0 : n.longValue();
  }

  private static Instant time(Document d, String name) {
    Date date = d.get(name, Date.class);
    return date == null ? null : date.toInstant();
  }
}
