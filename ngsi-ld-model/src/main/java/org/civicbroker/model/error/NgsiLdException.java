package org.civicbroker.model.error;

/**
 * The one exception type of the broker: an {@link ErrorType} and a human-readable detail. The API
 * layer turns it into a ProblemDetails response in exactly one place.
 */
public final class NgsiLdException extends RuntimeException {
  private final ErrorType type;
  private final String detail;

  public NgsiLdException(ErrorType type, String detail) {
    super(type.name() + ": " + detail, null, false, false);
    this.type = type;
    this.detail = detail;
  }

  public NgsiLdException(ErrorType type, String detail, Throwable cause) {
    super(type.name() + ": " + detail, cause, false, false);
    this.type = type;
    this.detail = detail;
  }

  public ErrorType type() {
    return type;
  }

  public String detail() {
    return detail;
  }

  public static NgsiLdException badData(String detail) {
    return new NgsiLdException(ErrorType.BAD_REQUEST_DATA, detail);
  }

  public static NgsiLdException invalidRequest(String detail) {
    return new NgsiLdException(ErrorType.INVALID_REQUEST, detail);
  }

  public static NgsiLdException notFound(String detail) {
    return new NgsiLdException(ErrorType.RESOURCE_NOT_FOUND, detail);
  }
}
