package org.civicbroker.model.representation;

/**
 * What a payload level means to the operation reading it: whether an attribute is complete or a
 * patch, and whether NGSI-LD Null may delete it (GS CIM 009 clause 5.2.1: only in partial updates
 * and merges).
 */
enum ReadMode {
  /** Create, replace, append, batch create/upsert: complete attributes, no NGSI-LD Null. */
  FULL,
  /** Update Attributes (5.6.2): complete attributes replaced whole; NGSI-LD Null deletes. */
  UPDATE,
  /** Merge Entity (5.6.17): attribute patches, merged recursively; NGSI-LD Null deletes. */
  MERGE,
  /** Partial Attribute Update (5.6.4): a patch whose sub-attributes are replaced whole. */
  PARTIAL;

  boolean allowsNull() {
    return this != FULL;
  }

  /** True when an attribute read in this mode may lack its value (it is a patch). */
  boolean isPatch() {
    return this == MERGE || this == PARTIAL;
  }

  /** The mode for the sub-attributes of an attribute read in this mode. */
  ReadMode forSubAttributes() {
    return switch (this) {
      case FULL, UPDATE -> FULL;
      case MERGE -> MERGE;
      case PARTIAL -> UPDATE;
    };
  }
}
