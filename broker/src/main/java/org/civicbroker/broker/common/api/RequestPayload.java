package org.civicbroker.broker.common.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicbroker.model.error.NgsiLdException;

/**
 * A parsed request body and where its JSON-LD context comes from (GS CIM 009 clause 6.3.5): with
 * {@code application/json} (or merge-patch) from the {@code Link} header for every object, with
 * {@code application/ld+json} from each object's own {@code @context} member.
 */
public record RequestPayload(JsonNode body, boolean contextInBody, String linkContextUrl) {
  private static final String CONTEXT = "@context";

  /** The body as one JSON object, or BadRequestData. */
  public ObjectNode object() {
    if (!body.isObject()) {
      throw NgsiLdException.badData("The body must be a JSON object");
    }
    return (ObjectNode) body;
  }

  /**
   * The user context governing {@code item} (a URL text node, an array or an object), or null for
   * "core context only".
   */
  public JsonNode contextOf(ObjectNode item) {
    JsonNode inBody = item.get(CONTEXT);
    if (contextInBody) {
      if (inBody == null || inBody.isNull()) {
        throw NgsiLdException.badData(
            "application/ld+json requires an @context member in the body");
      }
      return inBody;
    }
    if (inBody != null) {
      throw NgsiLdException.badData(
          "An @context member in the body requires Content-Type application/ld+json");
    }
    return linkContextUrl == null
        ? null
        : com.fasterxml.jackson.databind.node.TextNode.valueOf(linkContextUrl);
  }

  /** A copy of {@code item} without its {@code @context} member. */
  public static ObjectNode withoutContext(ObjectNode item) {
    if (!item.has(CONTEXT)) {
      return item;
    }
    ObjectNode copy = item.deepCopy();
    copy.remove(CONTEXT);
    return copy;
  }
}
