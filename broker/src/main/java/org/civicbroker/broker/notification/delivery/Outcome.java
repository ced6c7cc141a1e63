package org.civicbroker.broker.notification.delivery;

import java.time.Duration;
import java.util.Optional;

/** What one delivery attempt came to. */
public sealed interface Outcome {

  /** The endpoint took the notification. */
  record Delivered() implements Outcome {}

  /**
   * The attempt failed in a way that may heal (no connection, timeout, HTTP 5xx or 429).
   *
   * @param reason what went wrong, for the subscription's status and the log
   * @param notBefore the earliest retry the endpoint asked for (HTTP {@code Retry-After}), if any
   */
  record Retry(String reason, Optional<Duration> notBefore) implements Outcome {
    public Retry(String reason) {
      this(reason, Optional.empty());
    }
  }

  /** The attempt failed in a way retrying cannot fix (HTTP 4xx, an endpoint that cannot work). */
  record Fail(String reason) implements Outcome {}

  static Outcome delivered() {
    return new Delivered();
  }
}
