package org.civicbroker.model.entity;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** A ListProperty (clause 4.5.20): an ordered list of values. */
public record ListProperty(ArrayNode valueList, AttributeMeta meta) implements Attribute {
  public ListProperty {
    java.util.Objects.requireNonNull(valueList, "valueList");
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.LIST_PROPERTY;
  }

  @Override
  public ListProperty withMeta(AttributeMeta newMeta) {
    return new ListProperty(valueList, newMeta);
  }
}
