package org.civicbroker.broker.entity.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Uris;
import org.jboss.logging.Logger;

/**
 * Turns storage failures into the broker's error vocabulary. Details never name the database, hosts
 * or driver messages; the cause is logged instead.
 */
final class StoreErrors {
  private static final Logger LOG = Logger.getLogger(StoreErrors.class);

  private StoreErrors() {}

  /** Failure of an insert: a duplicate id is ALREADY_EXISTS (GS CIM 009 clause 5.6.1). */
  static Throwable onInsert(Throwable failure, EntityId id) {
    if (failure instanceof MongoWriteException e
        && ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
      return new NgsiLdException(
          ErrorType.ALREADY_EXISTS, "Entity already exists: " + Uris.quote(id.value()));
    }
    return internal(failure, "insert");
  }

  /** Any other failure: INTERNAL_ERROR, unless it already is a broker error. */
  static Throwable internal(Throwable failure, String operation) {
    if (failure instanceof NgsiLdException) {
      return failure;
    }
    LOG.errorf(failure, "Entity store %s failed", operation);
    return new NgsiLdException(
        ErrorType.INTERNAL_ERROR, "The entity store could not complete the " + operation, failure);
  }
}
