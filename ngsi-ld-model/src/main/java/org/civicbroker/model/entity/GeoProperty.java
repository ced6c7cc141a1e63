package org.civicbroker.model.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A GeoProperty (clause 4.5.1): a validated GeoJSON geometry. */
public record GeoProperty(ObjectNode value, AttributeMeta meta) implements Attribute {
  public GeoProperty {
    java.util.Objects.requireNonNull(value, "value");
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.GEO_PROPERTY;
  }

  @Override
  public GeoProperty withMeta(AttributeMeta newMeta) {
    return new GeoProperty(value, newMeta);
  }
}
