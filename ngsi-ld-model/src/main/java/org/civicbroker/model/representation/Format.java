package org.civicbroker.model.representation;

/** The three representations of entities and attributes (GS CIM 009 clause 4.5). */
public enum Format {
  /** Lossless, every attribute with its {@code type} (clause 4.5.1; the default). */
  NORMALIZED,
  /** Lossless, without redundant {@code type} members (clause 4.5.x, {@code options=concise}). */
  CONCISE,
  /** Values only (clause 4.5.4, {@code options=keyValues}, alias {@code simplified}). */
  SIMPLIFIED
}
