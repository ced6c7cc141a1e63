package org.civicbroker.broker.entity.store;

import java.util.Objects;
import org.civicbroker.model.error.NgsiLdException;

/**
 * What happened to one {@link BulkWrite}: written, lost a compare-and-set race (re-read and try
 * again), or failed on its own (the error says why; never the storage's internals).
 */
public record BulkOutcome(Status status, NgsiLdException error) {
  public static final BulkOutcome WRITTEN = new BulkOutcome(Status.WRITTEN, null);
  public static final BulkOutcome CONFLICT = new BulkOutcome(Status.CONFLICT, null);

  public BulkOutcome {
    Objects.requireNonNull(status, "status");
    if ((status == Status.FAILED) != (error != null)) {
      throw new IllegalArgumentException("A failure, and only a failure, has an error");
    }
  }

  public static BulkOutcome failed(NgsiLdException error) {
    return new BulkOutcome(Status.FAILED, error);
  }

  /** The kinds of outcome. */
  public enum Status {
    WRITTEN,
    CONFLICT,
    FAILED
  }
}
