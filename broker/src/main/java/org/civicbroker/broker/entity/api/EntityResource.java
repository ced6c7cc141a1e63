package org.civicbroker.broker.entity.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.ResponseFormat;
import org.civicbroker.broker.entity.query.Join;
import org.civicbroker.broker.entity.query.LinkedEntities;
import org.civicbroker.broker.entity.service.EntityOperations;
import org.civicbroker.broker.entity.service.EntityService;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.representation.FragmentReader;
import org.civicbroker.model.representation.RenderOptions;

/** The entity endpoints of GS CIM 009 clauses 5.6 and 5.7.1 ({@code /ngsi-ld/v1/entities}). */
@Path("/ngsi-ld/v1/entities")
public class EntityResource {
  private final EntityRequests requests;
  private final EntityResponses responses;
  private final EntityQueries queries;
  private final LinkedEntities linkedEntities;
  private final EntityService service;
  private final FragmentReader fragments = new FragmentReader();

  @Inject
  public EntityResource(
      EntityRequests requests,
      EntityResponses responses,
      EntityQueries queries,
      LinkedEntities linkedEntities) {
    this.requests = requests;
    this.responses = responses;
    this.queries = queries;
    this.linkedEntities = linkedEntities;
    this.service = requests.service();
  }

  /** 5.7.2 Query Entities. */
  @GET
  public Uni<Response> query(@Context HttpHeaders headers, @Context UriInfo uri) {
    return queries.byParameters(ApiRequest.of(headers, uri));
  }

  /** 5.6.1 Create Entity. */
  @POST
  public Uni<Response> create(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    return requests
        .body(request, body, false)
        .flatMap(
            parsed ->
                service.create(
                    request.tenant(), requests.readEntity(parsed, null), parsed.userContext()))
        .map(responses::created);
  }

  /** 5.7.1 Retrieve Entity. */
  @GET
  @Path("/{entityId}")
  public Uni<Response> retrieve(
      @PathParam("entityId") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
    ApiRequest request = ApiRequest.of(headers, uri);
    ResponseFormat format = ResponseFormat.negotiate(request.accept(), true);
    RenderOptions options = RenderOptions.fromQuery(request.query());
    Join join = Join.from(request.query(), requests.maxJoinLevel());
    EntityId entityId = EntityId.of(id);
    return requests
        .context(request.linkContext())
        .flatMap(
            ctx ->
                requests
                    .retrieve(request, entityId, ctx)
                    .flatMap(
                        entity ->
                            linked(request, entity, join)
                                .map(
                                    l -> responses.entity(entity, options, ctx, format, join, l))));
  }

  private Uni<Map<String, Entity>> linked(ApiRequest request, Entity entity, Join join) {
    return join.active()
        ? linkedEntities.resolve(request.tenant(), List.of(entity), join.levels())
        : Uni.createFrom().item(Map.of());
  }

  /** 5.6.6 Delete Entity. */
  @DELETE
  @Path("/{entityId}")
  public Uni<Response> delete(
      @PathParam("entityId") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
    ApiRequest request = ApiRequest.of(headers, uri);
    return service
        .delete(request.tenant(), EntityId.of(id), request.linkContext())
        .map(done -> responses.noContent());
  }

  /** 5.6.18 Replace Entity. */
  @PUT
  @Path("/{entityId}")
  public Uni<Response> replace(
      @PathParam("entityId") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    EntityId entityId = EntityId.of(id);
    return requests
        .body(request, body, false)
        .flatMap(
            parsed ->
                service.modify(
                    request.tenant(),
                    entityId,
                    ChangeKind.REPLACED,
                    parsed.userContext(),
                    EntityOperations.replace(requests.readEntity(parsed, entityId))))
        .map(done -> responses.noContent());
  }

  /** 5.6.17 Merge Entity. */
  @PATCH
  @Path("/{entityId}")
  public Uni<Response> merge(
      @PathParam("entityId") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    EntityId entityId = EntityId.of(id);
    return requests
        .body(request, body, true)
        .flatMap(
            parsed ->
                service.modify(
                    request.tenant(),
                    entityId,
                    ChangeKind.UPDATED,
                    parsed.userContext(),
                    EntityOperations.merge(
                        fragments.readMerge(parsed.body(), entityId, parsed.ctx()))))
        .map(done -> responses.noContent());
  }
}
