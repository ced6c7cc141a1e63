package org.civicbroker.broker.common.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The only place where errors become HTTP responses: a ProblemDetails object (GS CIM 009 clause
 * 5.5.3), sent as {@code application/json} as the spec requires for older clients.
 */
public class ProblemDetailsMapper {
  private static final Logger LOG = Logger.getLogger(ProblemDetailsMapper.class);

  @ServerExceptionMapper
  public Response ngsiLd(NgsiLdException e) {
    if (e.type() == ErrorType.INTERNAL_ERROR) {
      LOG.error("Internal error: " + e.detail(), e.getCause());
    }
    return problem(e.type(), e.detail());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    ErrorType type = forStatus(status);
    if (type == ErrorType.INTERNAL_ERROR) {
      LOG.error("Unexpected web error", e);
    }
    return problem(type, e.getMessage() == null ? type.title() : e.getMessage());
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    LOG.error("Unexpected error", e);
    return problem(ErrorType.INTERNAL_ERROR, "The broker failed to process the request");
  }

  /** Builds the ProblemDetails response for an error type. */
  public static Response problem(ErrorType type, String detail) {
    return Response.status(type.status())
        .type(MediaTypes.JSON)
        .entity(body(type, detail).toString())
        .build();
  }

  /** The ProblemDetails object of an error (also inside batch results, clause 5.2.17). */
  public static ObjectNode body(ErrorType type, String detail) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", type.uri());
    body.put("title", type.title());
    body.put("status", type.status());
    body.put("detail", detail);
    return body;
  }

  private static ErrorType forStatus(int status) {
    return switch (status) {
      case 400 -> ErrorType.INVALID_REQUEST;
      case 404 -> ErrorType.RESOURCE_NOT_FOUND;
      case 405 -> ErrorType.METHOD_NOT_ALLOWED;
      case 406 -> ErrorType.NOT_ACCEPTABLE;
      case 411 -> ErrorType.LENGTH_REQUIRED;
      case 409 -> ErrorType.CONFLICT;
      case 413 -> ErrorType.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorType.UNSUPPORTED_MEDIA_TYPE;
      default -> ErrorType.INTERNAL_ERROR;
    };
  }
}
