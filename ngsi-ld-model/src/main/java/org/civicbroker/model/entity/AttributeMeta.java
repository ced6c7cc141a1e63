package org.civicbroker.model.entity;

import java.time.Instant;

/**
 * What every attribute instance carries besides its value: its dataset (null for the default
 * instance), observation time, unit, system timestamps and sub-attributes (by expanded name).
 */
public record AttributeMeta(
    String datasetId,
    Instant observedAt,
    String unitCode,
    Instant createdAt,
    Instant modifiedAt,
    Attributes subAttributes) {

  public static final AttributeMeta EMPTY =
      new AttributeMeta(null, null, null, null, null, Attributes.EMPTY);

  public AttributeMeta {
    subAttributes = subAttributes == null ? Attributes.EMPTY : subAttributes;
  }

  public AttributeMeta withDatasetId(String value) {
    return new AttributeMeta(value, observedAt, unitCode, createdAt, modifiedAt, subAttributes);
  }

  public AttributeMeta withTimestamps(Instant created, Instant modified) {
    return new AttributeMeta(datasetId, observedAt, unitCode, created, modified, subAttributes);
  }

  public AttributeMeta withSubAttributes(Attributes value) {
    return new AttributeMeta(datasetId, observedAt, unitCode, createdAt, modifiedAt, value);
  }
}
