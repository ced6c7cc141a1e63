package org.civicbroker.broker.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;

/**
 * One committed write to one entity, as emitted after the store acknowledged it. Subscriptions and
 * history consume these events; all names are expanded.
 *
 * @param eventId unique per event (consumers can de-duplicate on it)
 * @param tenant the tenant written to
 * @param entityId the entity's id
 * @param types the entity's types after the write (before it, for a deletion)
 * @param kind what the write did
 * @param before the entity before the write; null when it was created
 * @param after the entity after the write; null when it was deleted
 * @param changedAttributes expanded names of attributes created, changed or removed
 * @param context the request's user @context (null: core context only), to render notifications
 * @param at when the broker committed the write
 * @param version the stored version after the write (of the deleted document, for a deletion)
 * @param origin the id of the broker instance that committed the write
 */
public record EntityChange(
    String eventId,
    Tenant tenant,
    String entityId,
    List<String> types,
    ChangeKind kind,
    Entity before,
    Entity after,
    Set<String> changedAttributes,
    JsonNode context,
    Instant at,
    long version,
    String origin) {

  public EntityChange {
    types = List.copyOf(types);
    changedAttributes = Set.copyOf(changedAttributes);
  }
}
