package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.DateTimes;

/**
 * Writes a {@link Subscription} as the Subscription data type (clause 5.2.12) with names compacted
 * by the requester's context. Defaults are written out ({@code notificationTrigger}, {@code
 * notification.format}, {@code endpoint.accept}); {@code isActive}, {@code sysAttrs} and {@code
 * showChanges} only when they differ from their defaults. No {@code @context}, no {@code status}
 * and no notification status: the caller adds what it knows. Immutable and thread-safe.
 */
public final class SubscriptionWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Writes the subscription; {@code sysAttrs} adds {@code createdAt} and {@code modifiedAt}. */
  public ObjectNode write(Subscription s, LdContext ctx, boolean sysAttrs) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("type", "Subscription");
    putText(o, "subscriptionName", s.name());
    putText(o, "description", s.description());
    if (!s.entities().isEmpty()) {
      o.set("entities", EntitySelectors.write(s.entities(), ctx));
    }
    putNames(o, "watchedAttributes", s.watchedAttributes(), ctx::compactAttributeName);
    ArrayNode triggers = o.putArray("notificationTrigger");
    s.triggers().forEach(t -> triggers.add(t.term()));
    putSeconds(o, "timeInterval", s.timeInterval());
    if (s.q() != null) {
      o.put("q", s.q().render(ctx));
    }
    if (s.geoQ() != null) {
      o.set("geoQ", s.geoQ().render(ctx));
    }
    if (s.scopeQ() != null) {
      o.put("scopeQ", s.scopeQ().text());
    }
    putText(o, "csf", s.csf());
    putNames(o, "datasetId", s.datasetIds(), UnaryOperator.identity());
    if (!s.active()) {
      o.put("isActive", false);
    }
    if (s.expiresAt() != null) {
      o.put("expiresAt", DateTimes.format(s.expiresAt()));
    }
    putSeconds(o, "throttling", s.throttling());
    putText(o, "lang", s.lang());
    putText(o, "jsonldContext", s.jsonldContext());
    o.set("notification", notification(s.notification(), ctx));
    if (sysAttrs) {
      putSystemTimes(o, s);
    }
    return o;
  }

  /** Writes the subscription without system attributes. */
  public ObjectNode write(Subscription s, LdContext ctx) {
    return write(s, ctx, false);
  }

  private static ObjectNode notification(NotificationParams n, LdContext ctx) {
    ObjectNode o = F.objectNode();
    putNames(o, "attributes", n.attributes(), ctx::compactAttributeName);
    UnaryOperator<String> member =
        m -> NotificationParams.ENTITY_MEMBERS.contains(m) ? m : ctx.compactAttributeName(m);
    putNames(o, "pick", n.pick(), member);
    putNames(o, "omit", n.omit(), member);
    o.put("format", NotificationParamsReader.formatName(n.format()));
    if (n.sysAttrs()) {
      o.put("sysAttrs", true);
    }
    if (n.showChanges()) {
      o.put("showChanges", true);
    }
    putText(o, "join", n.join());
    if (n.joinLevel() != null) {
      o.put("joinLevel", n.joinLevel());
    }
    o.set("endpoint", endpoint(n.endpoint()));
    return o;
  }

  private static ObjectNode endpoint(EndpointSpec e) {
    ObjectNode o = F.objectNode();
    o.put("uri", e.uri().toString());
    o.put("accept", e.accept());
    if (e.timeout() != null) {
      putWhole(o, "timeout", e.timeout().toMillis());
    }
    if (e.cooldown() != null) {
      putWhole(o, "cooldown", e.cooldown().toMillis());
    }
    putPairs(o, "receiverInfo", e.receiverInfo());
    putPairs(o, "notifierInfo", e.notifierInfo());
    return o;
  }

  private static void putPairs(ObjectNode o, String member, java.util.Map<String, String> pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    ArrayNode array = o.putArray(member);
    pairs.forEach((k, v) -> array.addObject().put("key", k).put("value", v));
  }

  private static void putNames(
      ObjectNode o, String member, List<String> names, UnaryOperator<String> compact) {
    if (names == null || names.isEmpty()) {
      return;
    }
    ArrayNode array = o.putArray(member);
    names.forEach(n -> array.add(compact.apply(n)));
  }

  private static void putText(ObjectNode o, String member, String value) {
    if (value != null) {
      o.put(member, value);
    }
  }

  /** Seconds as a whole number when whole, else as a decimal number. */
  private static void putSeconds(ObjectNode o, String member, Duration d) {
    if (d == null) {
      return;
    }
    if (d.getNano() != 0) {
      o.put(member, d.toNanos() / 1e9);
    } else {
      putWhole(o, member, d.getSeconds());
    }
  }

  /** An int when it fits (as JSON parsers read small numbers), else a long. */
  private static void putWhole(ObjectNode o, String member, long n) {
    if (n == (int) n) {
      o.put(member, (int) n);
    } else {
      o.put(member, n);
    }
  }

  private static void putSystemTimes(ObjectNode o, Subscription s) {
    if (s.createdAt() != null) {
      o.put("createdAt", DateTimes.format(s.createdAt()));
    }
    if (s.modifiedAt() != null) {
      o.put("modifiedAt", DateTimes.format(s.modifiedAt()));
    }
  }
}
