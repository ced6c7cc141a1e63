package org.civicbroker.broker.entity.batch;

import org.civicbroker.model.error.NgsiLdException;

/**
 * The outcome of one batch item.
 *
 * @param index position in the request array
 * @param entityId the entity id as given
 * @param created whether the item created the entity
 * @param error why the item failed (null: it succeeded)
 */
public record ItemResult(int index, String entityId, boolean created, NgsiLdException error) {

  public static ItemResult success(BatchItem item, boolean created) {
    return new ItemResult(item.index(), item.given(), created, null);
  }

  public static ItemResult failure(BatchItem item, NgsiLdException error) {
    return new ItemResult(item.index(), item.given(), false, error);
  }

  public boolean succeeded() {
    return error == null;
  }
}
