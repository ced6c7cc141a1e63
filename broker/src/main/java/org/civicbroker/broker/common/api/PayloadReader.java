package org.civicbroker.broker.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/** Applies the request content-type rules of GS CIM 009 clause 6.3.4/6.3.5 and parses the body. */
@ApplicationScoped
public class PayloadReader {
  private final JsonCodec json;

  @Inject
  public PayloadReader(JsonCodec json) {
    this.json = json;
  }

  /**
   * Reads a body sent as {@code application/json} or {@code application/ld+json}; {@code
   * application/merge-patch+json} is read as JSON (context from Link) when {@code mergePatchOk}.
   */
  public RequestPayload read(
      String contentType, List<String> linkHeaders, byte[] body, boolean mergePatchOk) {
    String type = MediaTypes.essence(contentType);
    if (body == null || body.length == 0) {
      throw NgsiLdException.invalidRequest("A request body is required");
    }
    String link = LinkHeader.contextUrl(linkHeaders);
    if (MediaTypes.JSON_LD.equals(type)) {
      if (link != null) {
        throw NgsiLdException.badData(
            "A JSON-LD context Link header is not allowed with Content-Type application/ld+json");
      }
      return new RequestPayload(json.parse(body), true, null);
    }
    if (MediaTypes.JSON.equals(type) || (mergePatchOk && MediaTypes.MERGE_PATCH.equals(type))) {
      return new RequestPayload(json.parse(body), false, link);
    }
    throw new NgsiLdException(
        ErrorType.UNSUPPORTED_MEDIA_TYPE,
        "Content-Type must be application/json or application/ld+json"
            + (mergePatchOk ? " (or application/merge-patch+json)" : "")
            + ", not "
            + (type == null ? "missing" : "'" + type + "'"));
  }
}
