package org.civicbroker.model.error;

/**
 * The one error vocabulary of the broker: the ETSI NGSI-LD problem types (GS CIM 009 clause 5.5.2)
 * with their HTTP statuses, plus the plain HTTP errors the spec refers to (406, 411, 413, 415) and
 * those of the broker's own operator endpoints (409).
 */
public enum ErrorType {
  INVALID_REQUEST("InvalidRequest", 400, "Invalid request"),
  BAD_REQUEST_DATA("BadRequestData", 400, "Bad request data"),
  ALREADY_EXISTS("AlreadyExists", 409, "Already exists"),
  OPERATION_NOT_SUPPORTED("OperationNotSupported", 422, "Operation not supported"),
  RESOURCE_NOT_FOUND("ResourceNotFound", 404, "Resource not found"),
  INTERNAL_ERROR("InternalError", 500, "Internal error"),
  TOO_COMPLEX_QUERY("TooComplexQuery", 403, "Too complex query"),
  TOO_MANY_RESULTS("TooManyResults", 403, "Too many results"),
  LD_CONTEXT_NOT_AVAILABLE("LdContextNotAvailable", 503, "JSON-LD context not available"),
  NONEXISTENT_TENANT("NonexistentTenant", 404, "Nonexistent tenant"),
  NOT_ACCEPTABLE(null, 406, "Not Acceptable"),
  LENGTH_REQUIRED(null, 411, "Length Required"),
  PAYLOAD_TOO_LARGE(null, 413, "Payload Too Large"),
  UNSUPPORTED_MEDIA_TYPE(null, 415, "Unsupported Media Type"),
  METHOD_NOT_ALLOWED(null, 405, "Method Not Allowed"),
  /** The request conflicts with an operation in progress (e.g. a second concurrent backup). */
  CONFLICT(null, 409, "Conflict"),
  /** A dependency (the store, Kafka) is unavailable or overloaded: retry later. */
  SERVICE_UNAVAILABLE(null, 503, "Service Unavailable"),
  /** The broker has no room to store more (disk full, or a configured limit reached). */
  INSUFFICIENT_STORAGE(null, 507, "Insufficient Storage");

  private static final String ETSI_BASE = "https://uri.etsi.org/ngsi-ld/errors/";

  private final String etsiName;
  private final int status;
  private final String title;

  ErrorType(String etsiName, int status, String title) {
    this.etsiName = etsiName;
    this.status = status;
    this.title = title;
  }

  /**
   * The problem type URI: the ETSI one, or {@code about:blank} for plain HTTP errors (RFC 7807).
   */
  public String uri() {
    return etsiName == null ? "about:blank" : ETSI_BASE + etsiName;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
