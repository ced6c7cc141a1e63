package org.civicbroker.model.subscription;

import static org.civicbroker.model.subscription.JsonMembers.absent;
import static org.civicbroker.model.subscription.JsonMembers.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.q.QQuery;
import org.civicbroker.model.representation.DateTimes;
import org.civicbroker.model.representation.LanguageFilter;
import org.civicbroker.model.representation.Members;

/**
 * Reads a Subscription payload (Create Subscription, clause 5.8.1) into a validated {@link
 * Subscription}, raising BadRequestData for every violation of clause 5.2.12 (and 5.2.13 - 5.2.15,
 * 5.2.22). The payload comes without its {@code @context}; names are expanded with the request's
 * context, whose user part is kept as the subscription's {@code requestContext}.
 *
 * <p>Members the broker maintains ({@code status}, {@code createdAt}, {@code modifiedAt}, the
 * notification status) and unknown members are ignored; JSON {@code null} counts as absent. A
 * missing {@code id} is generated ({@code urn:ngsi-ld:Subscription:<UUID>}). Immutable and
 * thread-safe.
 */
public final class SubscriptionReader {
  private static final Map<String, Member> MEMBERS = members();

  private final Supplier<String> ids;

  public SubscriptionReader() {
    this(() -> Subscription.ID_PREFIX + UUID.randomUUID());
  }

  /** A reader generating missing ids with {@code ids}. */
  public SubscriptionReader(Supplier<String> ids) {
    this.ids = ids;
  }

  /**
   * Reads a complete subscription.
   *
   * @param now the current time: an {@code expiresAt} not after it is rejected; null skips that
   *     check
   * @throws NgsiLdException BadRequestData with a detail naming the offending member
   */
  public Subscription read(ObjectNode payload, LdContext ctx, Instant now) {
    SubscriptionBuilder b = SubscriptionBuilder.create().requestContext(ctx.userContext());
    checkType(payload.get("type"));
    JsonNode id = payload.get("id");
    b.id(absent(id) ? ids.get() : JsonMembers.uri(id, "id"));
    payload
        .fields()
        .forEachRemaining(
            e -> {
              Member member = MEMBERS.get(e.getKey());
              if (member != null && !e.getValue().isNull()) {
                if (Members.isNgsiLdNull(e.getValue())) {
                  throw bad(e.getKey(), "the NGSI-LD Null is only allowed in updates");
                }
                member.read(e.getValue(), ctx, b);
              }
            });
    if (absent(payload.get("notification"))) {
      throw bad("notification", "is required");
    }
    Subscription s = b.build();
    checkExpiry(s.expiresAt(), now);
    return s;
  }

  /** Rejects an expiration time that is not in the future (clauses 5.8.1.4 and 5.8.2.4). */
  static void checkExpiry(Instant expiresAt, Instant now) {
    if (expiresAt != null && now != null && !expiresAt.isAfter(now)) {
      throw bad(
          "expiresAt",
          "must be in the future, not " + DateTimes.format(expiresAt) + " (now " + now + ")");
    }
  }

  private static void checkType(JsonNode type) {
    if (absent(type)) {
      throw bad("type", "is required and must be 'Subscription'");
    }
    if (!type.isTextual() || !type.textValue().equals("Subscription")) {
      throw bad("type", "must be 'Subscription', not " + type);
    }
  }

  /** Reads one member's value into the builder. */
  private interface Member {
    void read(JsonNode value, LdContext ctx, SubscriptionBuilder b);
  }

  private static Map<String, Member> members() {
    return Map.ofEntries(
        Map.entry("subscriptionName", (v, c, b) -> b.name(JsonMembers.text(v, "subscriptionName"))),
        Map.entry("description", (v, c, b) -> b.description(JsonMembers.text(v, "description"))),
        Map.entry("entities", (v, c, b) -> b.entities(EntitySelectors.read(v, c))),
        Map.entry("watchedAttributes", (v, c, b) -> b.watchedAttributes(watched(v, c))),
        Map.entry("notificationTrigger", (v, c, b) -> b.triggers(triggers(v))),
        Map.entry(
            "timeInterval",
            (v, c, b) -> b.timeInterval(JsonMembers.seconds(v, "timeInterval", true))),
        Map.entry(
            "throttling", (v, c, b) -> b.throttling(JsonMembers.seconds(v, "throttling", false))),
        Map.entry("q", (v, c, b) -> b.q(SubscriptionQ.read(JsonMembers.text(v, "q"), c))),
        Map.entry("geoQ", (v, c, b) -> b.geoQ(SubscriptionGeoQ.read(v, c))),
        Map.entry(
            "scopeQ",
            (v, c, b) -> b.scopeQ(SubscriptionScopeQ.parse(JsonMembers.text(v, "scopeQ")))),
        Map.entry("csf", (v, c, b) -> b.csf(csf(JsonMembers.text(v, "csf")))),
        Map.entry("datasetId", (v, c, b) -> b.datasetIds(datasetIds(v))),
        Map.entry("isActive", (v, c, b) -> b.active(JsonMembers.bool(v, "isActive"))),
        Map.entry("expiresAt", (v, c, b) -> b.expiresAt(JsonMembers.dateTime(v, "expiresAt"))),
        Map.entry("notification", (v, c, b) -> b.notification(NotificationParamsReader.read(v, c))),
        Map.entry("lang", (v, c, b) -> b.lang(lang(JsonMembers.text(v, "lang")))),
        Map.entry(
            "jsonldContext", (v, c, b) -> b.jsonldContext(JsonMembers.uri(v, "jsonldContext"))));
  }

  private static List<String> watched(JsonNode value, LdContext ctx) {
    List<String> names = JsonMembers.names(value, "watchedAttributes");
    return names.stream().map(ctx::expandAttributeName).distinct().toList();
  }

  private static List<NotificationTrigger> triggers(JsonNode value) {
    LinkedHashSet<NotificationTrigger> triggers = new LinkedHashSet<>();
    JsonMembers.texts(value, "notificationTrigger")
        .forEach(t -> triggers.add(NotificationTrigger.of(t)));
    return List.copyOf(triggers);
  }

  private static List<String> datasetIds(JsonNode value) {
    List<String> ids = JsonMembers.texts(value, "datasetId");
    for (String id : ids) {
      if (!id.equals(Members.NONE) && !Uris.isAbsolute(id)) {
        throw bad("datasetId", "each entry must be a URI or @none, not " + Uris.quote(id));
      }
    }
    return ids.stream().distinct().toList();
  }

  /** {@code csf} has the syntax of {@code q} (clause 4.9); it is kept as text. */
  private static String csf(String text) {
    try {
      QQuery.parse(text);
    } catch (NgsiLdException e) {
      throw bad("csf", e.detail().startsWith("q: ") ? e.detail().substring(3) : e.detail());
    }
    return text;
  }

  private static String lang(String text) {
    LanguageFilter.parse(text);
    return text;
  }
}
