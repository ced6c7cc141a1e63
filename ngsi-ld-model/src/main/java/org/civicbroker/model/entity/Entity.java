package org.civicbroker.model.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.civicbroker.model.id.EntityId;

/**
 * An NGSI-LD entity with expanded type and attribute names. Immutable; changes produce copies.
 * System timestamps are null until the broker stores the entity.
 */
public record Entity(
    EntityId id,
    List<String> types,
    List<String> scopes,
    Attributes attributes,
    Instant createdAt,
    Instant modifiedAt) {

  public Entity {
    Objects.requireNonNull(id, "id");
    types = List.copyOf(types);
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    attributes = attributes == null ? Attributes.EMPTY : attributes;
  }

  public Entity withAttributes(Attributes value) {
    return new Entity(id, types, scopes, value, createdAt, modifiedAt);
  }

  public Entity withTypes(List<String> value) {
    return new Entity(id, value, scopes, attributes, createdAt, modifiedAt);
  }

  public Entity withScopes(List<String> value) {
    return new Entity(id, types, value, attributes, createdAt, modifiedAt);
  }

  public Entity withTimestamps(Instant created, Instant modified) {
    return new Entity(id, types, scopes, attributes, created, modified);
  }
}
