package org.civicbroker.broker.entity.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.entity.service.AttributeOperations;
import org.civicbroker.broker.entity.service.EntityService;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.representation.FragmentReader;

/** The attribute endpoints of GS CIM 009 clause 5.6 ({@code /entities/{id}/attrs}). */
@Path("/ngsi-ld/v1/entities/{entityId}/attrs")
public class EntityAttributesResource {
  private final EntityRequests requests;
  private final EntityResponses responses;
  private final EntityService service;
  private final FragmentReader fragments = new FragmentReader();

  @Inject
  public EntityAttributesResource(EntityRequests requests, EntityResponses responses) {
    this.requests = requests;
    this.responses = responses;
    this.service = requests.service();
  }

  /** 5.6.3 Append Entity Attributes ({@code options=noOverwrite}). */
  @POST
  public Uni<Response> append(
      @PathParam("entityId") String id,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    EntityId entityId = EntityId.of(id);
    boolean noOverwrite = request.hasOption("noOverwrite");
    return requests
        .body(request, body, true)
        .flatMap(
            parsed ->
                service
                    .modify(
                        request.tenant(),
                        entityId,
                        ChangeKind.UPDATED,
                        parsed.userContext(),
                        AttributeOperations.append(
                            fragments.readAppend(parsed.body(), entityId, parsed.ctx()),
                            noOverwrite))
                    .map(result -> responses.updateResult(result, parsed.ctx())));
  }

  /** 5.6.2 Update Entity Attributes. */
  @PATCH
  public Uni<Response> update(
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
                service
                    .modify(
                        request.tenant(),
                        entityId,
                        ChangeKind.UPDATED,
                        parsed.userContext(),
                        AttributeOperations.update(
                            fragments.readUpdate(parsed.body(), entityId, parsed.ctx())))
                    .map(result -> responses.updateResult(result, parsed.ctx())));
  }

  /** 5.6.4 Partial Attribute Update. */
  @PATCH
  @Path("/{attrId}")
  public Uni<Response> partialUpdate(
      @PathParam("entityId") String id,
      @PathParam("attrId") String attrId,
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
                    AttributeOperations.partialUpdate(
                        parsed.ctx().expandAttributeName(attrId),
                        fragments.readPartialAttribute(attrId, parsed.body(), parsed.ctx()))))
        .map(done -> responses.noContent());
  }

  /** 5.6.19 Replace Attribute. */
  @PUT
  @Path("/{attrId}")
  public Uni<Response> replace(
      @PathParam("entityId") String id,
      @PathParam("attrId") String attrId,
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
                    AttributeOperations.replace(
                        parsed.ctx().expandAttributeName(attrId),
                        requests.readAttribute(attrId, parsed))))
        .map(done -> responses.noContent());
  }

  /** 5.6.5 Delete Attribute ({@code datasetId}, {@code deleteAll}). */
  @DELETE
  @Path("/{attrId}")
  public Uni<Response> delete(
      @PathParam("entityId") String id,
      @PathParam("attrId") String attrId,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    ApiRequest request = ApiRequest.of(headers, uri);
    EntityId entityId = EntityId.of(id);
    boolean deleteAll = "true".equals(request.param("deleteAll"));
    String datasetId = request.param("datasetId");
    return requests
        .context(request.linkContext())
        .flatMap(
            ctx ->
                service.modify(
                    request.tenant(),
                    entityId,
                    ChangeKind.UPDATED,
                    request.linkContext(),
                    AttributeOperations.delete(
                        ctx.expandAttributeName(attrId), datasetId, deleteAll)))
        .map(done -> responses.noContent());
  }
}
