package org.civicbroker.broker.entity.store.mongo;

import java.util.List;
import org.bson.Document;

/**
 * The update that replaces an entity's document by a new one while keeping the notifications other
 * writes committed into it and not yet relayed ({@code _pending}): every field of the new document
 * is set, the optional top-level fields it lacks are unset, and its own notifications are appended.
 */
final class EntityUpdates {
  /** Top-level fields an entity document may lack. */
  private static final List<String> OPTIONAL =
      List.of(
          EntityFields.SCOPES,
          EntityFields.CREATED_AT,
          EntityFields.CREATED_AT + "Ns",
          EntityFields.MODIFIED_AT,
          EntityFields.MODIFIED_AT + "Ns");

  private EntityUpdates() {}

  static Document replacing(Document next, List<Document> notifications) {
    Document set = new Document();
    next.forEach(
        (field, value) -> {
          if (!EntityFields.ID.equals(field)) {
            set.append(field, value);
          }
        });
    Document unset = new Document();
    for (String field : OPTIONAL) {
      if (!next.containsKey(field)) {
        unset.append(field, "");
      }
    }
    Document update = new Document("$set", set);
    if (!unset.isEmpty()) {
      update.append("$unset", unset);
    }
    if (!notifications.isEmpty()) {
      update.append(
          "$push", new Document(EntityFields.PENDING, new Document("$each", notifications)));
    }
    return update;
  }
}
