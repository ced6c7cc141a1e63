package org.civicbroker.broker.subscription.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.ResponseFormat;
import org.civicbroker.broker.config.QueryConfig;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.context.RequestBodies;
import org.civicbroker.broker.entity.query.Paging;
import org.civicbroker.broker.subscription.service.SubscriptionService;
import org.civicbroker.model.subscription.SubscriptionReader;

/** The subscription endpoints of GS CIM 009 clause 5.8 ({@code /ngsi-ld/v1/subscriptions}). */
@Path("/ngsi-ld/v1/subscriptions")
public class SubscriptionResource {
  private final RequestBodies bodies;
  private final ContextService contexts;
  private final SubscriptionService service;
  private final SubscriptionResponses responses;
  private final QueryConfig queryConfig;
  private final SubscriptionReader reader = new SubscriptionReader();

  @Inject
  public SubscriptionResource(
      RequestBodies bodies,
      ContextService contexts,
      SubscriptionService service,
      SubscriptionResponses responses,
      QueryConfig queryConfig) {
    this.bodies = bodies;
    this.contexts = contexts;
    this.service = service;
    this.responses = responses;
    this.queryConfig = queryConfig;
  }

  /** 5.8.1 Create Subscription. */
  @POST
  public Uni<Response> create(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    return bodies
        .object(request, body, false)
        .flatMap(
            parsed ->
                service.create(
                    request.tenant(), reader.read(parsed.body(), parsed.ctx(), service.now())))
        .map(created -> responses.created(created.id()));
  }

  /** 5.8.4 Query Subscriptions. */
  @GET
  public Uni<Response> query(@Context HttpHeaders headers, @Context UriInfo uri) {
    ApiRequest request = ApiRequest.of(headers, uri);
    ResponseFormat format = ResponseFormat.negotiate(request.accept(), false);
    Paging paging = Paging.from(request.query(), queryConfig);
    SubscriptionResponses.Page page =
        new SubscriptionResponses.Page(
            paging.offset(), paging.limit(), request.hasOption("sysAttrs"));
    return contexts
        .resolve(request.linkContext())
        .flatMap(
            ctx ->
                service
                    .list(request.tenant(), paging.offset(), paging.limit(), paging.count())
                    .map(found -> responses.list(found, page, ctx, format, service.now())));
  }

  /** 5.8.3 Retrieve Subscription. */
  @GET
  @Path("/{subscriptionId}")
  public Uni<Response> retrieve(
      @PathParam("subscriptionId") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
    ApiRequest request = ApiRequest.of(headers, uri);
    ResponseFormat format = ResponseFormat.negotiate(request.accept(), false);
    boolean sysAttrs = request.hasOption("sysAttrs");
    return contexts
        .resolve(request.linkContext())
        .flatMap(
            ctx ->
                service
                    .retrieve(request.tenant(), id)
                    .map(found -> responses.one(found, ctx, format, sysAttrs, service.now())));
  }

  /** 5.8.2 Update Subscription. */
  @PATCH
  @Path("/{subscriptionId}")
  public Uni<Response> update(
      @PathParam("subscriptionId") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    return bodies
        .object(request, body, true)
        .flatMap(parsed -> service.update(request.tenant(), id, parsed.body(), parsed.ctx()))
        .map(updated -> responses.noContent());
  }

  /** 5.8.5 Delete Subscription. */
  @DELETE
  @Path("/{subscriptionId}")
  public Uni<Response> delete(
      @PathParam("subscriptionId") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
    return service
        .delete(ApiRequest.of(headers, uri).tenant(), id)
        .map(done -> responses.noContent());
  }
}
