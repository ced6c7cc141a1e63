package org.civicbroker.broker.subscription.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.civicbroker.broker.common.api.LdResponses;
import org.civicbroker.broker.common.api.LinkHeader;
import org.civicbroker.broker.common.api.MediaTypes;
import org.civicbroker.broker.common.api.PageLinks;
import org.civicbroker.broker.common.api.ResponseFormat;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.broker.subscription.store.DeliveryStatus;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.SubscriptionPage;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.DateTimes;
import org.civicbroker.model.subscription.SubscriptionWriter;

/**
 * Renders subscriptions for responses: the Subscription data type (clause 5.2.12) compacted with
 * the requester's context, plus the read-only members the broker maintains: {@code status} (active,
 * paused, expired) and, in {@code notification}, {@code timesSent}, {@code timesFailed} (when not
 * zero), {@code lastNotification}, {@code lastSuccess}, {@code lastFailure} and {@code status} (ok,
 * failed) once a notification was attempted.
 */
@ApplicationScoped
public class SubscriptionResponses {
  static final String PATH = "/ngsi-ld/v1/subscriptions";

  private final JsonCodec json;
  private final SubscriptionWriter writer = new SubscriptionWriter();

  @Inject
  public SubscriptionResponses(JsonCodec json) {
    this.json = json;
  }

  /** 201 with the new subscription's Location (clause 5.8.1). */
  public Response created(String id) {
    return Response.status(Response.Status.CREATED).location(URI.create(PATH + "/" + id)).build();
  }

  public Response noContent() {
    return Response.noContent().build();
  }

  /** 200 with one subscription (clause 5.8.3). */
  public Response one(
      StoredSubscription stored,
      LdContext ctx,
      ResponseFormat format,
      boolean sysAttrs,
      Instant now) {
    ObjectNode body = render(stored, ctx, sysAttrs, now);
    Response.ResponseBuilder response = Response.ok().type(format.mediaType());
    if (format == ResponseFormat.JSON) {
      response.header(MediaTypes.LINK, LinkHeader.format(LdResponses.contextUrl(ctx)));
    } else {
      body = (ObjectNode) LdResponses.withContext(body, LdResponses.contextValue(ctx));
    }
    return response.entity(json.write(body)).build();
  }

  /**
   * 200 with a page of subscriptions (clause 5.8.4); {@code page} holds at most {@code limit + 1}
   * items, the last telling only that more follow.
   */
  public Response list(
      SubscriptionPage page, Page request, LdContext ctx, ResponseFormat format, Instant now) {
    List<StoredSubscription> items = page.items();
    boolean more = items.size() > request.limit();
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (StoredSubscription s : more ? items.subList(0, request.limit()) : items) {
      ObjectNode body = render(s, ctx, request.sysAttrs(), now);
      array.add(
          format == ResponseFormat.JSON_LD
              ? (ObjectNode) LdResponses.withContext(body, LdResponses.contextValue(ctx))
              : body);
    }
    Response.ResponseBuilder response = Response.ok().type(format.mediaType());
    if (format == ResponseFormat.JSON) {
      response.header(MediaTypes.LINK, LinkHeader.format(LdResponses.contextUrl(ctx)));
    }
    PageLinks.of(PATH, request.offset(), request.limit(), more, format.mediaType())
        .forEach(link -> response.header(MediaTypes.LINK, link));
    if (page.total() != SubscriptionPage.NOT_COUNTED) {
      response.header(MediaTypes.RESULTS_COUNT, page.total());
    }
    return response.entity(json.write(array)).build();
  }

  /** The paging and rendering a list request asked for. */
  public record Page(int offset, int limit, boolean sysAttrs) {}

  /**
   * One subscription as Retrieve Subscription shows it (without {@code @context}): the definition
   * compacted with {@code ctx}, its status at {@code now} and its delivery status.
   */
  public ObjectNode render(
      StoredSubscription stored, LdContext ctx, boolean sysAttrs, Instant now) {
    ObjectNode body = writer.write(stored.subscription(), ctx, sysAttrs);
    body.put("status", stored.subscription().state(now).term());
    addDeliveryStatus((ObjectNode) body.get("notification"), stored.status());
    return body;
  }

  private static void addDeliveryStatus(ObjectNode notification, DeliveryStatus status) {
    if (status.timesSent() > 0) {
      notification.put("timesSent", status.timesSent());
    }
    if (status.timesFailed() > 0) {
      notification.put("timesFailed", status.timesFailed());
    }
    putTime(notification, "lastNotification", status.lastNotification());
    putTime(notification, "lastSuccess", status.lastSuccess());
    putTime(notification, "lastFailure", status.lastFailure());
    if (status.notificationStatus() != null) {
      notification.put("status", status.notificationStatus());
    }
  }

  private static void putTime(ObjectNode o, String member, Instant at) {
    if (at != null) {
      o.put(member, DateTimes.format(at));
    }
  }
}
