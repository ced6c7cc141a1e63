package org.civicbroker.broker.entity.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.JsonBody;
import org.civicbroker.broker.config.QueryConfig;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.context.RequestBodies;
import org.civicbroker.broker.entity.service.EntityService;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.EntityReader;

/** The request-side steps the entity endpoints share: body, context, entity reading, retrieval. */
@ApplicationScoped
public class EntityRequests {
  private final RequestBodies bodies;
  private final ContextService contexts;
  private final EntityService service;
  private final QueryConfig queryConfig;
  private final EntityReader reader = new EntityReader();

  @Inject
  public EntityRequests(
      RequestBodies bodies,
      ContextService contexts,
      EntityService service,
      QueryConfig queryConfig) {
    this.bodies = bodies;
    this.contexts = contexts;
    this.service = service;
    this.queryConfig = queryConfig;
  }

  /** Parses a one-object body and resolves its context. */
  public Uni<JsonBody> body(ApiRequest request, byte[] body, boolean mergePatchOk) {
    return bodies.object(request, body, mergePatchOk);
  }

  /** The context of a request without body (Link header). */
  public Uni<LdContext> context(JsonNode userContext) {
    return contexts.resolve(userContext);
  }

  /**
   * Reads a full entity; with {@code pathId} (replace), a missing id is taken from the path and a
   * different one is rejected.
   */
  public Entity readEntity(JsonBody parsed, EntityId pathId) {
    ObjectNode body = parsed.body();
    if (pathId != null) {
      JsonNode given = body.has("id") ? body.get("id") : body.get("@id");
      if (given == null) {
        body = body.deepCopy();
        body.set("id", TextNode.valueOf(pathId.value()));
      } else if (!given.isTextual() || !given.asText().equals(pathId.value())) {
        throw NgsiLdException.badData(
            "The id in the body " + Uris.quote(given.asText()) + " differs from the URL's id");
      }
    }
    return reader.read(body, parsed.ctx());
  }

  /** The entity, if it has the requested {@code type} (when given), else ResourceNotFound. */
  public Uni<Entity> retrieve(ApiRequest request, EntityId id, LdContext ctx) {
    String type = request.param("type");
    return service
        .retrieve(request.tenant(), id)
        .map(
            entity -> {
              if (type != null && !entity.types().contains(ctx.expandType(type))) {
                throw NgsiLdException.notFound(
                    "Entity " + Uris.quote(id.value()) + " has no type " + Uris.quote(type));
              }
              return entity;
            });
  }

  /** Reads the body of Replace Attribute (5.6.19): the attribute's instance(s). */
  public List<Attribute> readAttribute(String name, JsonBody parsed) {
    return reader.readAttribute(name, parsed.body(), parsed.ctx());
  }

  public int maxJoinLevel() {
    return queryConfig.maxJoinLevel();
  }

  public EntityService service() {
    return service;
  }
}
