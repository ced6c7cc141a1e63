package org.civicbroker.broker.storage.embedded;

import java.util.Locale;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;

/**
 * Failures of the embedded store as the broker's one error type: a full disk is 507 Insufficient
 * Storage, anything else 500, with details that name no file paths or internals (the cause is kept
 * for the log).
 */
final class StorageFailures {
  private StorageFailures() {}

  static NgsiLdException of(RocksDBException e) {
    if (isNoSpace(e)) {
      return new NgsiLdException(
          ErrorType.INSUFFICIENT_STORAGE,
          "The broker's disk is full; nothing was stored. Writes resume once space is freed",
          e);
    }
    return new NgsiLdException(ErrorType.INTERNAL_ERROR, "The embedded store failed", e);
  }

  static boolean isNoSpace(RocksDBException e) {
    Status status = e.getStatus();
    String text =
        (status == null ? "" : status.getState() + " ")
            + (e.getMessage() == null ? "" : e.getMessage());
    String lower = text.toLowerCase(Locale.ROOT);
    return (status != null && status.getSubCode() == Status.SubCode.NoSpace)
        || lower.contains("no space left");
  }
}
