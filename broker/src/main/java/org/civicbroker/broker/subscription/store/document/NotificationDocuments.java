package org.civicbroker.broker.subscription.store.document;

import static org.civicbroker.broker.subscription.store.document.DocumentValues.pairList;
import static org.civicbroker.broker.subscription.store.document.DocumentValues.pairs;
import static org.civicbroker.broker.subscription.store.document.DocumentValues.putIfPresent;

import java.net.URI;
import java.time.Duration;
import org.bson.Document;
import org.civicbroker.model.representation.Format;
import org.civicbroker.model.subscription.EndpointSpec;
import org.civicbroker.model.subscription.NotificationParams;

/**
 * The {@code def.notification} sub-document: {@code attributes}, {@code format} (enum name), {@code
 * sysAttrs}, {@code showChanges}, {@code pick}, {@code omit}, {@code join}, {@code joinLevel} and
 * {@code endpoint: {uri, accept, receiverInfo: [{key, value}], notifierInfo: [{key, value}],
 * timeoutMs, cooldownMs}}.
 */
final class NotificationDocuments {

  Document toDocument(NotificationParams n) {
    Document d = new Document();
    putIfPresent(d, "attributes", n.attributes());
    d.append("format", n.format().name());
    d.append("sysAttrs", n.sysAttrs());
    d.append("showChanges", n.showChanges());
    putIfPresent(d, "pick", n.pick());
    putIfPresent(d, "omit", n.omit());
    putIfPresent(d, "join", n.join());
    putIfPresent(d, "joinLevel", n.joinLevel());
    d.append("endpoint", endpoint(n.endpoint()));
    return d;
  }

  NotificationParams toParams(Document d) {
    return new NotificationParams(
        d.getList("attributes", String.class),
        Format.valueOf(d.getString("format")),
        d.getBoolean("sysAttrs", false),
        d.getBoolean("showChanges", false),
        d.getList("pick", String.class),
        d.getList("omit", String.class),
        d.getString("join"),
        d.getInteger("joinLevel"),
        endpoint(d.get("endpoint", Document.class)));
  }

  private static Document endpoint(EndpointSpec e) {
    Document d = new Document("uri", e.uri().toString()).append("accept", e.accept());
    d.append("receiverInfo", pairList(e.receiverInfo()));
    d.append("notifierInfo", pairList(e.notifierInfo()));
    putIfPresent(d, "timeoutMs", e.timeout() == null ? null : e.timeout().toMillis());
    putIfPresent(d, "cooldownMs", e.cooldown() == null ? null : e.cooldown().toMillis());
    return d;
  }

  private static EndpointSpec endpoint(Document d) {
    return new EndpointSpec(
        URI.create(d.getString("uri")),
        d.getString("accept"),
        pairs(d, "receiverInfo"),
        pairs(d, "notifierInfo"),
        millis(d, "timeoutMs"),
        millis(d, "cooldownMs"));
  }

  private static Duration millis(Document d, String name) {
    Number n = d.get(name, Number.class);
    return n == null ? null : Duration.ofMillis(n.longValue());
  }
}
