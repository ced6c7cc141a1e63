package org.civicbroker.model.jsonld;

/**
 * A JSON-LD context processing error (W3C JSON-LD 1.1 API section 9.4.2 error codes), raised inside
 * the compiler and turned into an {@code NgsiLdException} at its boundary.
 */
final class ProcessingError extends RuntimeException {
  private final boolean unavailable;
  private String remoteUrl;

  ProcessingError(String code, String detail) {
    this(code, detail, false);
  }

  private ProcessingError(String code, String detail, boolean unavailable) {
    super(code + ": " + detail, null, false, false);
    this.unavailable = unavailable;
  }

  /** A remote context the resolver cannot supply. */
  static ProcessingError unavailable(String url) {
    ProcessingError error =
        new ProcessingError(
            "loading remote context failed",
            "the @context " + url + " is not available (not fetched or not reachable)",
            true);
    error.remoteUrl = url;
    return error;
  }

  boolean isUnavailable() {
    return unavailable;
  }

  /** The remote context document in which the error occurred; null for an inline context. */
  String remoteUrl() {
    return remoteUrl;
  }

  /** Records the innermost remote document the error occurred in (first call wins). */
  ProcessingError within(String url) {
    if (remoteUrl == null) {
      remoteUrl = url;
    }
    return this;
  }
}
