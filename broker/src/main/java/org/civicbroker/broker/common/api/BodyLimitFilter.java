package org.civicbroker.broker.common.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.civicbroker.broker.config.BrokerConfig;
import org.civicbroker.model.error.ErrorType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects bodies larger than {@code broker.limits.max-body-bytes} before they are read, with a
 * ProblemDetails 413. (Bodies without Content-Length are cut off by the HTTP layer's own limit.)
 */
public class BodyLimitFilter {
  private final BrokerConfig config;

  @Inject
  public BodyLimitFilter(BrokerConfig config) {
    this.config = config;
  }

  @ServerRequestFilter(preMatching = true)
  public Response checkLength(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return null;
    }
    long bytes;
    try {
      bytes = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return ProblemDetailsMapper.problem(
          ErrorType.INVALID_REQUEST, "Malformed Content-Length header");
    }
    int max = config.limits().maxBodyBytes();
    if (bytes > max) {
      return ProblemDetailsMapper.problem(
          ErrorType.PAYLOAD_TOO_LARGE,
          "The request body has " + bytes + " bytes; the limit is " + max);
    }
    return null;
  }
}
