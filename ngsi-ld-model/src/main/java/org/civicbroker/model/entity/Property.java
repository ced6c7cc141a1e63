package org.civicbroker.model.entity;

import com.fasterxml.jackson.databind.JsonNode;

/** A Property (clause 4.5.2): any JSON value, including typed date-time values. */
public record Property(JsonNode value, AttributeMeta meta) implements Attribute {
  public Property {
    java.util.Objects.requireNonNull(value, "value");
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.PROPERTY;
  }

  @Override
  public Property withMeta(AttributeMeta newMeta) {
    return new Property(value, newMeta);
  }
}
