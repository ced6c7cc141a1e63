package org.civicbroker.broker.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.JsonBody;
import org.civicbroker.broker.common.api.PayloadReader;
import org.civicbroker.broker.common.api.RequestPayload;

/**
 * Reads a one-object request body with the content-type rules of clause 6.3.4/6.3.5 and resolves
 * its @context (from the body for JSON-LD, from the Link header for JSON).
 */
@ApplicationScoped
public class RequestBodies {
  private final PayloadReader payloads;
  private final ContextService contexts;

  @Inject
  public RequestBodies(PayloadReader payloads, ContextService contexts) {
    this.payloads = payloads;
    this.contexts = contexts;
  }

  /** Parses the body, which must be one JSON object, and resolves its context. */
  public Uni<JsonBody> object(ApiRequest request, byte[] body, boolean mergePatchOk) {
    RequestPayload payload =
        payloads.read(request.contentType(), request.linkHeaders(), body, mergePatchOk);
    ObjectNode object = payload.object();
    JsonNode userContext = payload.contextOf(object);
    ObjectNode withoutContext = RequestPayload.withoutContext(object);
    return contexts.resolve(userContext).map(ctx -> new JsonBody(withoutContext, userContext, ctx));
  }
}
