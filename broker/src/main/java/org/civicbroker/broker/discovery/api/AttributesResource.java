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
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/** Attribute discovery, GS CIM 009 clauses 5.7.8 - 5.7.10 ({@code /ngsi-ld/v1/attributes}). */
@Path("/ngsi-ld/v1/attributes")
public class AttributesResource {
  private final DiscoveryRequests requests;
  private final EntityCatalog catalog;
  private final LdResponses responses;

  @Inject
  public AttributesResource(
      DiscoveryRequests requests, EntityCatalog catalog, LdResponses responses) {
    this.requests = requests;
    this.catalog = catalog;
    this.responses = responses;
  }

  /**
   * 5.7.8 Retrieve Available Attributes (an AttributeList) and, with {@code details=true}, 5.7.9
   * Retrieve Details of Available Attributes (an array of Attribute).
   */
  @GET
  public Uni<Response> attributes(@Context HttpHeaders headers, @Context UriInfo uri) {
    return requests
        .open(ApiRequest.of(headers, uri), DiscoveryRequests.LIST_PARAMETERS)
        .flatMap(
            request ->
                catalog
                    .attributes(request.tenant())
                    .map(
                        attributes ->
                            request.details()
                                ? DiscoveryDocuments.attributeDetails(attributes, request.ctx())
                                : DiscoveryDocuments.attributeList(attributes, request.ctx()))
                    .map(body -> responses.ok(body, request.ctx(), request.format())));
  }

  /**
   * 5.7.10 Retrieve Available Attribute Information (an Attribute); the name may be given as a term
   * of the Link context or as a full IRI. No entity has it: 404 ResourceNotFound.
   */
  @GET
  @Path("/{attrId}")
  public Uni<Response> attribute(
      @PathParam("attrId") String name, @Context HttpHeaders headers, @Context UriInfo uri) {
    return requests
        .open(ApiRequest.of(headers, uri), DiscoveryRequests.ITEM_PARAMETERS)
        .flatMap(
            request -> {
              String expanded = request.ctx().expandAttributeName(name);
              Uni<Optional<AttributeSummary>> found =
                  expanded == null
                      ? Uni.createFrom().item(Optional.empty())
                      : catalog.attribute(request.tenant(), expanded);
              return found
                  .map(summary -> summary.orElseThrow(() -> noSuchAttribute(name)))
                  .map(
                      summary ->
                          responses.ok(
                              DiscoveryDocuments.attribute(summary, request.ctx()),
                              request.ctx(),
                              request.format()));
            });
  }

  private static NgsiLdException noSuchAttribute(String name) {
    return NgsiLdException.notFound("No entity has an attribute " + Uris.quote(name));
  }
}
