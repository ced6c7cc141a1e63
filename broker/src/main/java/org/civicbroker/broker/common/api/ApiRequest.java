package org.civicbroker.broker.common.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.id.Tenant;

/**
 * What every NGSI-LD request carries besides its body: the tenant, the context Link, the Accept and
 * Content-Type headers, and the query parameters (first value of each).
 */
public record ApiRequest(
    Tenant tenant,
    List<String> linkHeaders,
    String accept,
    String contentType,
    Map<String, String> query) {

  public static ApiRequest of(HttpHeaders headers, UriInfo uri) {
    Map<String, String> query = new HashMap<>();
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    params.forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
    return new ApiRequest(
        Tenant.of(headers.getHeaderString(MediaTypes.TENANT)),
        headers.getRequestHeader(MediaTypes.LINK),
        headers.getHeaderString(HttpHeaders.ACCEPT),
        headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
        Map.copyOf(query));
  }

  /** The user context of a request without body: the Link header's URL, or null (core only). */
  public JsonNode linkContext() {
    String url = LinkHeader.contextUrl(linkHeaders);
    return url == null ? null : TextNode.valueOf(url);
  }

  public String param(String name) {
    return query.get(name);
  }

  /** True when the comma-separated {@code options} parameter holds {@code option}. */
  public boolean hasOption(String option) {
    String options = query.get("options");
    if (options == null) {
      return false;
    }
    for (String o : options.split(",")) {
      if (o.trim().equals(option)) {
        return true;
      }
    }
    return false;
  }
}
