package org.civicbroker.broker.subscription.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.jboss.logging.Logger;

/**
 * Turns storage failures of the subscription store into the broker's errors. Details never name the
 * database, hosts or driver messages; the cause is logged instead.
 */
final class StoreErrors {
  private static final Logger LOG = Logger.getLogger(StoreErrors.class);

  private StoreErrors() {}

  /** A duplicate id is AlreadyExists (clause 5.8.1.4). */
  static Throwable onInsert(Throwable failure, String id) {
    if (failure instanceof MongoWriteException e
        && ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
      return new NgsiLdException(
          ErrorType.ALREADY_EXISTS, "A subscription with id " + Uris.quote(id) + " already exists");
    }
    return internal(failure, "insert");
  }

  static Throwable internal(Throwable failure, String operation) {
    if (failure instanceof NgsiLdException e && e.type() != ErrorType.BAD_REQUEST_DATA) {
      return failure;
    }
    LOG.errorf(failure, "Subscription store %s failed", operation);
    return new NgsiLdException(
        ErrorType.INTERNAL_ERROR,
        "The subscription store could not complete the " + operation,
        failure);
  }
}
