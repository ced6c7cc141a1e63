package org.civicbroker.broker.common.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.civicbroker.model.jsonld.CoreContext;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Where the @context of a response goes (GS CIM 009 clause 6.3.6): in a Link header for {@code
 * application/json}, as the first member of each object for {@code application/ld+json}.
 */
public final class JsonLdBodies {
  private JsonLdBodies() {}

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

  /** A copy of {@code body} with {@code @context} as its first member. */
  public static ObjectNode withContextFirst(ObjectNode body, JsonNode context) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.set("@context", context);
    body.fields().forEachRemaining(e -> result.set(e.getKey(), e.getValue()));
    return result;
  }
}
