package org.civicbroker.model.entity;

import java.util.List;
import java.util.Objects;

/**
 * A Relationship (clause 4.5.3): the target entity URI(s) and, optionally, the expanded types of
 * the target (objectType).
 */
public record Relationship(List<String> objects, List<String> objectTypes, AttributeMeta meta)
    implements Attribute {
  public Relationship {
    objects = List.copyOf(Objects.requireNonNull(objects, "objects"));
    objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.RELATIONSHIP;
  }

  @Override
  public Relationship withMeta(AttributeMeta newMeta) {
    return new Relationship(objects, objectTypes, newMeta);
  }
}
