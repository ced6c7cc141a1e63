package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicbroker.model.query.EntitySelector;

/**
 * Collects the values of a {@link Subscription}; {@link #build} validates them. Used by the readers
 * and by storage mappers. Not thread-safe.
 */
public final class SubscriptionBuilder {
  private String id;
  private String name;
  private String description;
  private List<EntitySelector> entities = List.of();
  private List<String> watchedAttributes = List.of();
  private List<NotificationTrigger> triggers = NotificationTrigger.DEFAULT;
  private Duration timeInterval;
  private Duration throttling;
  private SubscriptionQ q;
  private SubscriptionGeoQ geoQ;
  private SubscriptionScopeQ scopeQ;
  private String csf;
  private List<String> datasetIds = List.of();
  private boolean active = true;
  private Instant expiresAt;
  private NotificationParams notification;
  private String lang;
  private String jsonldContext;
  private JsonNode requestContext;
  private Instant createdAt;
  private Instant modifiedAt;

  public static SubscriptionBuilder create() {
    return new SubscriptionBuilder();
  }

  static SubscriptionBuilder from(Subscription s) {
    return new SubscriptionBuilder()
        .id(s.id())
        .name(s.name())
        .description(s.description())
        .entities(s.entities())
        .watchedAttributes(s.watchedAttributes())
        .triggers(s.triggers())
        .timeInterval(s.timeInterval())
        .throttling(s.throttling())
        .q(s.q())
        .geoQ(s.geoQ())
        .scopeQ(s.scopeQ())
        .csf(s.csf())
        .datasetIds(s.datasetIds())
        .active(s.active())
        .expiresAt(s.expiresAt())
        .notification(s.notification())
        .lang(s.lang())
        .jsonldContext(s.jsonldContext())
        .requestContext(s.requestContext())
        .createdAt(s.createdAt())
        .modifiedAt(s.modifiedAt());
  }

  public Subscription build() {
    return new Subscription(
        id,
        name,
        description,
        entities,
        watchedAttributes,
        triggers,
        timeInterval,
        throttling,
        q,
        geoQ,
        scopeQ,
        csf,
        datasetIds,
        active,
        expiresAt,
        notification,
        lang,
        jsonldContext,
        requestContext,
        createdAt,
        modifiedAt);
  }

  public SubscriptionBuilder id(String value) {
    id = value;
    return this;
  }

  public SubscriptionBuilder name(String value) {
    name = value;
    return this;
  }

  public SubscriptionBuilder description(String value) {
    description = value;
    return this;
  }

  public SubscriptionBuilder entities(List<EntitySelector> value) {
    entities = value;
    return this;
  }

  public SubscriptionBuilder watchedAttributes(List<String> value) {
    watchedAttributes = value;
    return this;
  }

  public SubscriptionBuilder triggers(List<NotificationTrigger> value) {
    triggers = value;
    return this;
  }

  public SubscriptionBuilder timeInterval(Duration value) {
    timeInterval = value;
    return this;
  }

  public SubscriptionBuilder throttling(Duration value) {
    throttling = value;
    return this;
  }

  public SubscriptionBuilder q(SubscriptionQ value) {
    q = value;
    return this;
  }

  public SubscriptionBuilder geoQ(SubscriptionGeoQ value) {
    geoQ = value;
    return this;
  }

  public SubscriptionBuilder scopeQ(SubscriptionScopeQ value) {
    scopeQ = value;
    return this;
  }

  public SubscriptionBuilder csf(String value) {
    csf = value;
    return this;
  }

  public SubscriptionBuilder datasetIds(List<String> value) {
    datasetIds = value;
    return this;
  }

  public SubscriptionBuilder active(boolean value) {
    active = value;
    return this;
  }

  public SubscriptionBuilder expiresAt(Instant value) {
    expiresAt = value;
    return this;
  }

  public SubscriptionBuilder notification(NotificationParams value) {
    notification = value;
    return this;
  }

  public SubscriptionBuilder lang(String value) {
    lang = value;
    return this;
  }

  public SubscriptionBuilder jsonldContext(String value) {
    jsonldContext = value;
    return this;
  }

  public SubscriptionBuilder requestContext(JsonNode value) {
    requestContext = value;
    return this;
  }

  public SubscriptionBuilder createdAt(Instant value) {
    createdAt = value;
    return this;
  }

  public SubscriptionBuilder modifiedAt(Instant value) {
    modifiedAt = value;
    return this;
  }
}
