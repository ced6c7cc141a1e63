package org.civicbroker.broker.subscription.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicbroker.broker.common.api.LdResponses;
import org.civicbroker.broker.common.api.LinkHeader;
import org.civicbroker.broker.common.api.MediaTypes;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.notification.Endpoint;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.CoreContext;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.DateTimes;
import org.civicbroker.model.representation.EntityWriter;
import org.civicbroker.model.representation.GeoJsonWriter;
import org.civicbroker.model.representation.RenderOptions;
import org.civicbroker.model.subscription.EndpointSpec;
import org.civicbroker.model.subscription.NotificationParams;
import org.civicbroker.model.subscription.NotificationTrigger;
import org.civicbroker.model.subscription.Subscription;

/**
 * Renders a notification (GS CIM 009 clause 5.3.1): {@code id}, {@code type}, {@code
 * subscriptionId}, {@code notifiedAt}, {@code data} (the entities as the subscription's {@code
 * notification} asks, compacted with its context) and {@code triggerReason}; the @context as a Link
 * header or in the body, per the endpoint's {@code accept}; the tenant, if not the default one, in
 * an {@code NGSILD-Tenant} header.
 */
@ApplicationScoped
public class NotificationRenderer {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final JsonCodec json;
  private final EntityWriter writer = new EntityWriter();
  private final GeoJsonWriter geoJson = new GeoJsonWriter();

  @Inject
  public NotificationRenderer(JsonCodec json) {
    this.json = json;
  }

  /** The notification of one change of one entity. */
  public Notification ofChange(
      Subscription subscription,
      LdContext ctx,
      EntityChange change,
      NotificationTrigger reason,
      Instant now) {
    ArrayNode data = F.arrayNode().add(rendered(subscription, ctx, change, reason, now));
    // a deleted entity has no "after": a one-element list holding null (List.of rejects null)
    List<Entity> entities = Collections.singletonList(change.after());
    return build(
        changeNotificationId(change, subscription),
        subscription,
        ctx,
        change.tenant(),
        data,
        entities,
        reason,
        now);
  }

  /**
   * The changed entity as the subscription asks for it, deleted attributes included (as the NGSI-LD
   * Null); a deleted entity shows its deleted attributes only for {@code attributeDeleted} or
   * {@code showChanges}.
   */
  private ObjectNode rendered(
      Subscription subscription,
      LdContext ctx,
      EntityChange change,
      NotificationTrigger reason,
      Instant now) {
    RenderOptions options = options(subscription);
    boolean showChanges = subscription.notification().showChanges();
    Deletions.Rendering rendering = new Deletions.Rendering(options, ctx, now, showChanges);
    Entity before = change.before();
    if (change.kind() == ChangeKind.DELETED) {
      ObjectNode node = deleted(before, options, ctx, now);
      if (reason == NotificationTrigger.ATTRIBUTE_DELETED || showChanges) {
        Deletions.add(node, before, null, watchedOrAll(subscription, before), rendering);
      }
      return node;
    }
    ObjectNode node = writer.write(change.after(), options, ctx);
    if (before != null) {
      if (showChanges) {
        ShowChanges.add(node, before, change.after(), change.changedAttributes(), ctx);
      }
      Deletions.add(node, before, change.after(), change.changedAttributes(), rendering);
    }
    return node;
  }

  /** The watched attributes the entity had, or all of its attributes when none are watched. */
  private static Collection<String> watchedOrAll(Subscription subscription, Entity entity) {
    if (subscription.watchedAttributes().isEmpty()) {
      return entity.attributes().names();
    }
    return subscription.watchedAttributes();
  }

  /**
   * The id of the notification of {@code change} for {@code subscription}: derived from both, so
   * that matching one change again (after a broker restart, or when a change topic redelivers it)
   * yields the same id, which the outbox records only once.
   */
  static String changeNotificationId(EntityChange change, Subscription subscription) {
    byte[] name = (change.eventId() + " " + subscription.id()).getBytes(StandardCharsets.UTF_8);
    return "urn:ngsi-ld:Notification:" + UUID.nameUUIDFromBytes(name);
  }

  /** A periodic ({@code timeInterval}) notification with the entities matching now. */
  public Notification ofEntities(
      Subscription subscription,
      LdContext ctx,
      org.civicbroker.model.id.Tenant tenant,
      List<Entity> entities,
      Instant now) {
    ArrayNode data = F.arrayNode();
    RenderOptions options = options(subscription);
    entities.forEach(e -> data.add(writer.write(e, options, ctx)));
    String id = "urn:ngsi-ld:Notification:" + UUID.randomUUID();
    return build(id, subscription, ctx, tenant, data, entities, null, now);
  }

  private Notification build(
      String id,
      Subscription subscription,
      LdContext ctx,
      org.civicbroker.model.id.Tenant tenant,
      ArrayNode data,
      List<Entity> entities,
      NotificationTrigger reason,
      Instant now) {
    EndpointSpec spec = subscription.notification().endpoint();
    String accept = spec.accept() == null ? MediaTypes.JSON : spec.accept();
    ObjectNode body = F.objectNode();
    body.put("id", id);
    body.put("type", "Notification");
    body.put("subscriptionId", subscription.id());
    body.put("notifiedAt", DateTimes.format(now));
    body.set("data", geoData(accept, subscription, ctx, entities, data));
    if (reason != null) {
      body.put("triggerReason", reason.term());
    }
    Map<String, String> headers = new HashMap<>();
    if (!tenant.isDefault()) {
      // clause 6.3.14: a notification names the tenant of its subscription
      headers.put(MediaTypes.TENANT, tenant.name());
    }
    JsonNode bodyOut = body;
    if (MediaTypes.JSON.equals(accept)) {
      headers.put(MediaTypes.LINK, LinkHeader.format(linkedContext(ctx)));
    } else {
      bodyOut = LdResponses.withContext(body, LdResponses.contextValue(ctx));
    }
    return new Notification(
        id, tenant, subscription.id(), endpoint(spec), json.write(bodyOut), accept, headers, now);
  }

  /**
   * The context URL of the Link header (clause 6.3.5): the user context when it is one URL, given
   * alone or in an array with core context URLs (as in {@code "@context": ["https://ctx"]});
   * otherwise the core context, as for responses.
   */
  static String linkedContext(LdContext ctx) {
    JsonNode user = ctx.userContext();
    if (user == null || !user.isArray()) {
      return LdResponses.contextUrl(ctx);
    }
    List<String> urls = new ArrayList<>();
    for (JsonNode element : user) {
      if (!element.isTextual()) {
        return LdResponses.contextUrl(ctx);
      }
      if (!CoreContext.isCoreUrl(element.asText())) {
        urls.add(element.asText());
      }
    }
    return urls.size() == 1 ? urls.get(0) : LdResponses.contextUrl(ctx);
  }

  private JsonNode geoData(
      String accept,
      Subscription subscription,
      LdContext ctx,
      List<Entity> entities,
      ArrayNode data) {
    if (!MediaTypes.GEO_JSON.equals(accept) || entities.stream().anyMatch(e -> e == null)) {
      return data;
    }
    return geoJson.featureCollection(entities, options(subscription), ctx);
  }

  private static RenderOptions options(Subscription subscription) {
    NotificationParams params = subscription.notification();
    return params.renderOptions(subscription.lang());
  }

  /**
   * A deleted entity: {@code id}, {@code type}, {@code deletedAt} and, with {@code sysAttrs}, its
   * {@code createdAt} and {@code modifiedAt}.
   */
  private static ObjectNode deleted(
      Entity before, RenderOptions options, LdContext ctx, Instant now) {
    ObjectNode node = F.objectNode();
    node.put("id", before.id().value());
    List<String> types = before.types().stream().map(ctx::compactType).toList();
    if (types.size() == 1) {
      node.put("type", types.get(0));
    } else {
      types.forEach(node.putArray("type")::add);
    }
    if (options.sysAttrs() && before.createdAt() != null) {
      node.put("createdAt", DateTimes.format(before.createdAt()));
    }
    if (options.sysAttrs() && before.modifiedAt() != null) {
      node.put("modifiedAt", DateTimes.format(before.modifiedAt()));
    }
    node.put("deletedAt", DateTimes.format(now));
    return node;
  }

  private static Endpoint endpoint(EndpointSpec spec) {
    return new Endpoint(spec.uri(), spec.accept(), spec.receiverInfo(), spec.notifierInfo());
  }
}
