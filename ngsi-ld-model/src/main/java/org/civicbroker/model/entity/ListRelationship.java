package org.civicbroker.model.entity;

import java.util.List;
import java.util.Objects;

/** A ListRelationship (clause 4.5.22): an ordered list of target entity URIs. */
public record ListRelationship(
    List<String> objectList, List<String> objectTypes, AttributeMeta meta) implements Attribute {
  public ListRelationship {
    objectList = List.copyOf(Objects.requireNonNull(objectList, "objectList"));
    objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.LIST_RELATIONSHIP;
  }

  @Override
  public ListRelationship withMeta(AttributeMeta newMeta) {
    return new ListRelationship(objectList, objectTypes, newMeta);
  }
}
