package org.civicbroker.broker.entity.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.ResponseFormat;
import org.civicbroker.broker.entity.query.EntityQueryService;
import org.civicbroker.broker.entity.query.Join;
import org.civicbroker.broker.entity.query.LinkedEntities;
import org.civicbroker.broker.entity.query.Paging;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;
import org.civicbroker.model.representation.RenderOptions;

/** Query Entities by URL parameters (clause 5.7.2) or by a Query body (clause 5.7.3). */
@ApplicationScoped
public class EntityQueries {
  private final EntityRequests requests;
  private final EntityResponses responses;
  private final EntityQueryService service;
  private final LinkedEntities linkedEntities;

  @Inject
  public EntityQueries(
      EntityRequests requests,
      EntityResponses responses,
      EntityQueryService service,
      LinkedEntities linkedEntities) {
    this.requests = requests;
    this.responses = responses;
    this.service = service;
    this.linkedEntities = linkedEntities;
  }

  /** GET /entities. */
  public Uni<Response> byParameters(ApiRequest request) {
    Rendering rendering = rendering(request);
    return requests
        .context(request.linkContext())
        .flatMap(
            ctx ->
                run(
                    request,
                    EntityQueryReader.fromParameters(request.query(), ctx, true),
                    ctx,
                    rendering));
  }

  /** POST /entityOperations/query. */
  public Uni<Response> byBody(ApiRequest request, byte[] body) {
    Rendering rendering = rendering(request);
    return requests
        .body(request, body, false)
        .flatMap(
            parsed ->
                run(
                    request,
                    EntityQueryReader.fromQueryBody(parsed.body(), parsed.ctx()),
                    parsed.ctx(),
                    rendering.projecting(parsed.body().get("attrs"))));
  }

  private Rendering rendering(ApiRequest request) {
    return new Rendering(
        ResponseFormat.negotiate(request.accept(), true),
        RenderOptions.fromQuery(request.query()),
        Paging.from(request.query(), service.config()),
        Join.from(request.query(), service.config().maxJoinLevel()));
  }

  private Uni<Response> run(
      ApiRequest request, EntityQuery query, LdContext ctx, Rendering rendering) {
    return service
        .query(request.tenant(), query, rendering.paging())
        .flatMap(
            page -> {
              Uni<Map<String, Entity>> linked =
                  rendering.join().active()
                      ? linkedEntities.resolve(
                          request.tenant(), page.entities(), rendering.join().levels())
                      : Uni.createFrom().item(Map.of());
              return linked.map(
                  l ->
                      responses.entities(
                          page.entities(),
                          rendering.options(),
                          ctx,
                          rendering.format(),
                          page.total(),
                          rendering.join(),
                          l));
            });
  }

  private record Rendering(ResponseFormat format, RenderOptions options, Paging paging, Join join) {

    /** The Query body's {@code attrs} also select what is rendered (as the URL's do). */
    Rendering projecting(com.fasterxml.jackson.databind.JsonNode attrs) {
      if (attrs == null || !attrs.isArray() || options.attrs() != null) {
        return this;
      }
      List<String> names = new ArrayList<>();
      attrs.forEach(a -> names.add(a.asText()));
      return new Rendering(format, options.withAttrs(names), paging, join);
    }
  }
}
