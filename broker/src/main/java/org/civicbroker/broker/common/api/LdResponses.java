package org.civicbroker.broker.common.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.model.jsonld.CoreContext;
import org.civicbroker.model.jsonld.LdContext;

/**
 * 200 responses with a document compacted with the request's context (GS CIM 009 clause 6.3.5): for
 * {@code application/json} the context goes into a {@code Link} header; otherwise it goes into the
 * body as {@code @context}, first member of the object or of each object of an array.
 */
@ApplicationScoped
public class LdResponses {
  private final JsonCodec json;

  @Inject
  public LdResponses(JsonCodec json) {
    this.json = json;
  }

  /** 200 with an object or an array of objects in the negotiated format. */
  public Response ok(JsonNode body, LdContext ctx, ResponseFormat format) {
    Response.ResponseBuilder response = Response.ok().type(format.mediaType());
    if (format == ResponseFormat.JSON) {
      response.header(MediaTypes.LINK, LinkHeader.format(contextUrl(ctx)));
    } else {
      body = withContext(body, contextValue(ctx));
    }
    return response.entity(json.write(body)).build();
  }

  /** The URL for the Link header: the user's context URL, or the core context. */
  public static String contextUrl(LdContext ctx) {
    JsonNode user = ctx.userContext();
    return user != null && user.isTextual() ? user.asText() : CoreContext.V1_8_URL;
  }

  /** The value of {@code @context} in bodies: the user's context, or the core context URL. */
  public static JsonNode contextValue(LdContext ctx) {
    JsonNode user = ctx.userContext();
    return user == null ? TextNode.valueOf(CoreContext.V1_8_URL) : user;
  }

  /**
   * A copy of {@code body} with {@code @context} as first member: of the object itself, or of each
   * object of an array. Other values are returned as they are.
   */
  public static JsonNode withContext(JsonNode body, JsonNode context) {
    if (body instanceof ArrayNode array) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode(array.size());
      array.forEach(element -> result.add(withContext(element, context)));
      return result;
    }
    if (!(body instanceof ObjectNode object)) {
      return body;
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.set("@context", context);
    object.fields().forEachRemaining(e -> result.set(e.getKey(), e.getValue()));
    return result;
  }
}
