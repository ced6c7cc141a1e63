package org.civicbroker.broker.entity.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicbroker.broker.common.api.LdResponses;
import org.civicbroker.broker.common.api.LinkHeader;
import org.civicbroker.broker.common.api.MediaTypes;
import org.civicbroker.broker.common.api.ResponseFormat;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.broker.entity.query.Join;
import org.civicbroker.broker.entity.service.UpdateResult;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.EntityWriter;
import org.civicbroker.model.representation.GeoJsonWriter;
import org.civicbroker.model.representation.RenderOptions;

/**
 * Builds the success responses of the entity API: rendered entities with the context as a Link
 * header (JSON) or in the body (JSON-LD, GeoJSON), 201 with Location, 204, and 207 update results.
 */
@ApplicationScoped
public class EntityResponses {
  static final String ENTITIES_PATH = "/ngsi-ld/v1/entities/";

  private final JsonCodec json;
  private final EntityWriter writer = new EntityWriter();
  private final GeoJsonWriter geoJson = new GeoJsonWriter();
  private final InlineJoin inline = new InlineJoin(writer);

  @Inject
  public EntityResponses(JsonCodec json) {
    this.json = json;
  }

  /** 200 with one entity in the negotiated representation (clause 5.7.1). */
  public Response entity(
      Entity entity, RenderOptions options, LdContext ctx, ResponseFormat format) {
    return entity(entity, options, ctx, format, Join.NONE, Map.of());
  }

  /** 200 with one entity and, with a join, its linked entities (clause 4.5.23). */
  public Response entity(
      Entity entity,
      RenderOptions options,
      LdContext ctx,
      ResponseFormat format,
      Join join,
      Map<String, Entity> linked) {
    if (join.mode() == Join.Mode.FLAT) {
      return entities(List.of(entity), options, ctx, format, QueryPage.NOT_COUNTED, join, linked);
    }
    ObjectNode body;
    if (format == ResponseFormat.GEO_JSON) {
      body = geoJson.feature(entity, options, ctx);
    } else if (join.mode() == Join.Mode.INLINE) {
      body = inline.render(entity, options, ctx, linked, join.levels());
    } else {
      body = writer.write(entity, options, ctx);
    }
    return ok(body, ctx, format);
  }

  /**
   * 200 with a list of entities (clause 5.7.2): a JSON array (each element with its @context for
   * JSON-LD) or a GeoJSON FeatureCollection; {@code NGSILD-Results-Count} when counted.
   */
  public Response entities(
      List<Entity> page,
      RenderOptions options,
      LdContext ctx,
      ResponseFormat format,
      long total,
      Join join,
      Map<String, Entity> linked) {
    List<Entity> list = join.mode() == Join.Mode.FLAT ? withLinked(page, linked) : page;
    Map<String, Entity> targets =
        join.mode() == Join.Mode.INLINE ? withRoots(linked, page) : linked;
    Response.ResponseBuilder response = Response.ok().type(format.mediaType());
    if (total >= 0) {
      response.header(MediaTypes.RESULTS_COUNT, total);
    }
    JsonNode body;
    if (format == ResponseFormat.GEO_JSON) {
      body =
          GeoJsonWriter.withContext(
              geoJson.featureCollection(list, options, ctx), contextValue(ctx));
    } else {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (Entity e : list) {
        ObjectNode rendered =
            join.mode() == Join.Mode.INLINE
                ? inline.render(e, options, ctx, targets, join.levels())
                : writer.write(e, options, ctx);
        array.add(
            format == ResponseFormat.JSON_LD
                ? withContextFirst(rendered, contextValue(ctx))
                : rendered);
      }
      body = array;
    }
    if (format == ResponseFormat.JSON) {
      response.header(MediaTypes.LINK, LinkHeader.format(contextUrl(ctx)));
    }
    return response.entity(json.write(body)).build();
  }

  /** Linked targets plus the result's own entities, which may be targets of each other. */
  private static Map<String, Entity> withRoots(Map<String, Entity> linked, List<Entity> page) {
    Map<String, Entity> all = new java.util.HashMap<>(linked);
    page.forEach(e -> all.putIfAbsent(e.id().value(), e));
    return all;
  }

  private static List<Entity> withLinked(List<Entity> page, Map<String, Entity> linked) {
    if (linked.isEmpty()) {
      return page;
    }
    List<Entity> all = new ArrayList<>(page);
    java.util.Set<String> present = new java.util.HashSet<>();
    page.forEach(e -> present.add(e.id().value()));
    linked.forEach(
        (id, e) -> {
          if (present.add(id)) {
            all.add(e);
          }
        });
    return all;
  }

  /** 200 with a JSON document; the context goes where the format wants it. */
  public Response ok(ObjectNode body, LdContext ctx, ResponseFormat format) {
    Response.ResponseBuilder response = Response.ok().type(format.mediaType());
    if (format == ResponseFormat.JSON) {
      response.header(MediaTypes.LINK, LinkHeader.format(contextUrl(ctx)));
    } else {
      body =
          format == ResponseFormat.GEO_JSON
              ? GeoJsonWriter.withContext(body, contextValue(ctx))
              : withContextFirst(body, contextValue(ctx));
    }
    return response.entity(json.write(body)).build();
  }

  /** 201 Created with the entity's Location (clause 5.6.1). */
  public Response created(Entity entity) {
    return Response.status(Response.Status.CREATED)
        .location(URI.create(ENTITIES_PATH + entity.id().value()))
        .build();
  }

  public Response noContent() {
    return Response.noContent().build();
  }

  /** 204 when every attribute was updated, else 207 with the UpdateResult (clause 5.2.18). */
  public Response updateResult(UpdateResult result, LdContext ctx) {
    if (result.complete()) {
      return noContent();
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode updated = body.putArray("updated");
    result.updated().forEach(name -> updated.add(ctx.compactAttributeName(name)));
    ArrayNode notUpdated = body.putArray("notUpdated");
    for (UpdateResult.NotUpdated n : result.notUpdated()) {
      notUpdated
          .addObject()
          .put("attributeName", ctx.compactAttributeName(n.attributeName()))
          .put("reason", n.reason());
    }
    return Response.status(207).type(MediaTypes.JSON).entity(json.write(body)).build();
  }

  /** The URL for the Link header: the user's context URL, or the core context. */
  static String contextUrl(LdContext ctx) {
    return LdResponses.contextUrl(ctx);
  }

  /** The value of {@code @context} in bodies: the user's context, or the core context URL. */
  static JsonNode contextValue(LdContext ctx) {
    return LdResponses.contextValue(ctx);
  }

  private static ObjectNode withContextFirst(ObjectNode body, JsonNode context) {
    return (ObjectNode) LdResponses.withContext(body, context);
  }
}
