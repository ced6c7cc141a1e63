package org.civicbroker.broker.entity.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicbroker.broker.common.api.ApiRequest;

/** 5.7.3 Query Entities with a Query body ({@code POST /entityOperations/query}). */
@Path("/ngsi-ld/v1/entityOperations/query")
public class EntityOperationsQueryResource {
  private final EntityQueries queries;

  @Inject
  public EntityOperationsQueryResource(EntityQueries queries) {
    this.queries = queries;
  }

  @POST
  public Uni<Response> query(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    return queries.byBody(ApiRequest.of(headers, uri), body);
  }
}
