package org.civicbroker.broker.entity.batch;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;

/**
 * Purge Entities (GS CIM 009 V1.9.1, {@code DELETE /ngsi-ld/v1/entities}): the entities matching
 * the query parameters of Query Entities (type, id, idPattern, attrs, q, scopeQ, geo-query; at
 * least one of type, id, idPattern, attrs, q or a geo-query) are deleted, or with {@code drop} lose
 * the listed attributes, or with {@code keep} lose all other attributes. 204 when every matching
 * entity was purged, else 207 with a BatchOperationResult.
 */
@Path("/ngsi-ld/v1/entities")
public class PurgeResource {
  private final ContextService contexts;
  private final PurgeService service;
  private final BatchResponses responses;

  @Inject
  public PurgeResource(ContextService contexts, PurgeService service, BatchResponses responses) {
    this.contexts = contexts;
    this.service = service;
    this.responses = responses;
  }

  /** Purge Entities. */
  @DELETE
  public Uni<Response> purge(@Context HttpHeaders headers, @Context UriInfo uri) {
    ApiRequest request = ApiRequest.of(headers, uri);
    return contexts
        .resolve(request.linkContext())
        .chain(
            ctx ->
                service.purge(
                    request.tenant(),
                    query(request, ctx),
                    purge(request, ctx),
                    request.linkContext()))
        .map(responses::done);
  }

  /** The query; {@code local=true} does not lift the need for a filter here. */
  private static EntityQuery query(ApiRequest request, LdContext ctx) {
    Map<String, String> params = new HashMap<>(request.query());
    params.remove("local");
    return EntityQueryReader.fromParameters(params, ctx, true);
  }

  private static Purge purge(ApiRequest request, LdContext ctx) {
    return new Purge(
        names(request.param("keep"), "keep", ctx), names(request.param("drop"), "drop", ctx));
  }

  private static Set<String> names(String list, String param, LdContext ctx) {
    Set<String> names = new LinkedHashSet<>();
    if (list == null) {
      return names;
    }
    for (String name : list.split(",")) {
      if (name.isBlank()) {
        throw NgsiLdException.badData("'" + param + "' has an empty attribute name");
      }
      names.add(ctx.expandAttributeName(name.trim()));
    }
    return names;
  }
}
