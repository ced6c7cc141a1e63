package org.civicbroker.broker.discovery.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.LdResponses;
import org.civicbroker.broker.discovery.EntityCatalog;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/** Entity type discovery, GS CIM 009 clauses 5.7.5 - 5.7.7 ({@code /ngsi-ld/v1/types}). */
@Path("/ngsi-ld/v1/types")
public class EntityTypesResource {
  private final DiscoveryRequests requests;
  private final EntityCatalog catalog;
  private final LdResponses responses;

  @Inject
  public EntityTypesResource(
      DiscoveryRequests requests, EntityCatalog catalog, LdResponses responses) {
    this.requests = requests;
    this.catalog = catalog;
    this.responses = responses;
  }

  /**
   * 5.7.5 Retrieve Available Entity Types (an EntityTypeList) and, with {@code details=true}, 5.7.6
   * Retrieve Details of Available Entity Types (an array of EntityType).
   */
  @GET
  public Uni<Response> types(@Context HttpHeaders headers, @Context UriInfo uri) {
    return requests
        .open(ApiRequest.of(headers, uri), DiscoveryRequests.LIST_PARAMETERS)
        .flatMap(
            request ->
                catalog
                    .types(request.tenant())
                    .map(
                        types ->
                            request.details()
                                ? DiscoveryDocuments.entityTypes(types, request.ctx())
                                : DiscoveryDocuments.entityTypeList(types, request.ctx()))
                    .map(body -> responses.ok(body, request.ctx(), request.format())));
  }

  /**
   * 5.7.7 Retrieve Available Entity Type Information (an EntityTypeInfo); the type may be given as
   * a term of the Link context or as a full IRI. No entity of the type: 404 ResourceNotFound.
   */
  @GET
  @Path("/{type}")
  public Uni<Response> type(
      @PathParam("type") String type, @Context HttpHeaders headers, @Context UriInfo uri) {
    return requests
        .open(ApiRequest.of(headers, uri), DiscoveryRequests.ITEM_PARAMETERS)
        .flatMap(
            request -> {
              String expanded = request.ctx().expandType(type);
              Uni<Optional<TypeSummary>> found =
                  expanded == null
                      ? Uni.createFrom().item(Optional.empty())
                      : catalog.type(request.tenant(), expanded);
              return found
                  .map(summary -> summary.orElseThrow(() -> noSuchType(type)))
                  .map(
                      summary ->
                          responses.ok(
                              DiscoveryDocuments.entityTypeInfo(summary, request.ctx()),
                              request.ctx(),
                              request.format()));
            });
  }

  private static NgsiLdException noSuchType(String type) {
    return NgsiLdException.notFound("No entity of type " + Uris.quote(type) + " exists");
  }
}
