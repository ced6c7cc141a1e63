package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.query.EntitySelector;

/**
 * A validated context subscription (GS CIM 009 clause 5.2.12). Immutable; names are expanded. Built
 * by {@link SubscriptionReader} (Create Subscription), {@link SubscriptionFragmentReader} (Update
 * Subscription) or, from storage, with {@link SubscriptionBuilder}. Delivery status (timesSent and
 * so on) is not part of it.
 *
 * @param id the subscription's URI
 * @param name {@code subscriptionName}; null when not given
 * @param description null when not given
 * @param entities the entity selectors (id, idPattern, type selection); empty when not given
 * @param watchedAttributes expanded names; empty when not given (any attribute)
 * @param triggers the notification triggers, never empty ({@link NotificationTrigger#DEFAULT})
 * @param timeInterval notify periodically at this interval; null for change-driven subscriptions
 * @param throttling the least time between two notifications; null when not given
 * @param q null when not given
 * @param geoQ null when not given
 * @param scopeQ null when not given
 * @param csf the context source filter text; null when not given
 * @param datasetIds {@code datasetId}: dataset URIs (or {@code @none}) to consider; empty when not
 *     given
 * @param active {@code isActive}
 * @param expiresAt null when it never expires
 * @param notification how and where to notify
 * @param lang the language filter for LanguageProperties in notifications; null when not given
 * @param jsonldContext the URI of the context to compact notifications with; null when not given
 * @param requestContext the user context of the creation request (null: core context only), the
 *     default for compacting notifications
 * @param createdAt when it was created (set by the broker); null before
 * @param modifiedAt when it was last modified; null before
 */
public record Subscription(
    String id,
    String name,
    String description,
    List<EntitySelector> entities,
    List<String> watchedAttributes,
    List<NotificationTrigger> triggers,
    Duration timeInterval,
    Duration throttling,
    SubscriptionQ q,
    SubscriptionGeoQ geoQ,
    SubscriptionScopeQ scopeQ,
    String csf,
    List<String> datasetIds,
    boolean active,
    Instant expiresAt,
    NotificationParams notification,
    String lang,
    String jsonldContext,
    JsonNode requestContext,
    Instant createdAt,
    Instant modifiedAt) {

  /** The prefix of generated ids. */
  public static final String ID_PREFIX = "urn:ngsi-ld:Subscription:";

  public Subscription {
    if (!Uris.isAbsolute(id)) {
      throw NgsiLdException.badData("id: the subscription id must be a URI: " + Uris.quote(id));
    }
    entities = entities == null ? List.of() : List.copyOf(entities);
    watchedAttributes = watchedAttributes == null ? List.of() : List.copyOf(watchedAttributes);
    triggers = triggers == null || triggers.isEmpty() ? NotificationTrigger.DEFAULT : triggers;
    triggers = List.copyOf(triggers);
    datasetIds = datasetIds == null ? List.of() : List.copyOf(datasetIds);
    Objects.requireNonNull(notification, "notification");
    requestContext = requestContext == null ? null : requestContext.deepCopy();
    SubscriptionRules.check(entities, watchedAttributes, timeInterval, throttling);
  }

  /** The creation request's user context (a copy); null for the core context only. */
  @Override
  public JsonNode requestContext() {
    return requestContext == null ? null : requestContext.deepCopy();
  }

  /**
   * The user context to compact notifications with: {@code jsonldContext} when given, else the
   * creation request's context (null: core context only).
   */
  public JsonNode notificationContext() {
    return jsonldContext != null ? TextNode.valueOf(jsonldContext) : requestContext();
  }

  /** The status at {@code now}: expired, paused or active. */
  public SubscriptionState state(Instant now) {
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return SubscriptionState.EXPIRED;
    }
    return active ? SubscriptionState.ACTIVE : SubscriptionState.PAUSED;
  }

  /** True when the subscription may notify at {@code now} (active and not expired). */
  public boolean isActiveAt(Instant now) {
    return state(now) == SubscriptionState.ACTIVE;
  }

  /** True for periodic subscriptions ({@code timeInterval}). */
  public boolean isPeriodic() {
    return timeInterval != null;
  }

  /** A builder holding this subscription's values. */
  public SubscriptionBuilder toBuilder() {
    return SubscriptionBuilder.from(this);
  }
}
