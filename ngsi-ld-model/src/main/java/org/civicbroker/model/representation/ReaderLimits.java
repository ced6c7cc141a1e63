package org.civicbroker.model.representation;

/**
 * Size limits that protect the broker from oversized payloads; exceeding one gives BAD_REQUEST_DATA
 * naming the limit.
 *
 * @param maxAttributes attributes per entity (or entity fragment)
 * @param maxDepth nesting depth of sub-attributes (1 = attributes may have sub-attributes, but
 *     those may not have their own)
 * @param maxInstances instances (datasetIds) per attribute
 */
public record ReaderLimits(int maxAttributes, int maxDepth, int maxInstances) {
  /** 1000 attributes, sub-attributes nested 8 deep, 100 instances per attribute. */
  public static final ReaderLimits DEFAULTS = new ReaderLimits(1000, 8, 100);

  public ReaderLimits {
    if (maxAttributes < 1 || maxDepth < 0 || maxInstances < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
