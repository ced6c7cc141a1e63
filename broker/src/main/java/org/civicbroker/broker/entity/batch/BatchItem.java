package org.civicbroker.broker.entity.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;

/**
 * One element of a batch request, read: the entity id as given, and either the change it asks for
 * (with the id parsed and the user {@code @context} for events) or why it cannot be done.
 *
 * @param index position in the request array
 * @param given the entity id as given in the request, for the result
 * @param id the parsed id (null when {@code error})
 * @param change the item's change (null when {@code error})
 * @param context the item's user {@code @context} (null: core context only)
 * @param error why the item was rejected before touching the store, or null
 */
public record BatchItem(
    int index,
    String given,
    EntityId id,
    ItemChange change,
    JsonNode context,
    NgsiLdException error) {

  public static BatchItem valid(int index, EntityId id, ItemChange change, JsonNode context) {
    return new BatchItem(index, id.value(), id, change, context, null);
  }

  public static BatchItem rejected(int index, String given, NgsiLdException error) {
    return new BatchItem(index, given, null, null, null, error);
  }

  public boolean isValid() {
    return error == null;
  }
}
