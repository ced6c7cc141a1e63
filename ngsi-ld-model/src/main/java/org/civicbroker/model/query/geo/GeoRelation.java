package org.civicbroker.model.query.geo;

/** The geospatial relationships of clause 4.10 (production georel). */
public enum GeoRelation {
  /** {@code near;maxDistance==d}: within d metres of the reference geometry. */
  NEAR_MAX_DISTANCE("near;maxDistance"),
  /** {@code near;minDistance==d}: at least d metres away from the reference geometry. */
  NEAR_MIN_DISTANCE("near;minDistance"),
  WITHIN("within"),
  CONTAINS("contains"),
  INTERSECTS("intersects"),
  DISJOINT("disjoint"),
  OVERLAPS("overlaps"),
  EQUALS("equals");

  private final String text;

  GeoRelation(String text) {
    this.text = text;
  }

  /** The georel text, without the {@code ==distance} of the near relations. */
  public String text() {
    return text;
  }

  public boolean isNear() {
    return this == NEAR_MAX_DISTANCE || this == NEAR_MIN_DISTANCE;
  }
}
