package org.civicbroker.model.query.geo;

import java.util.Optional;

/** The GeoJSON geometry types NGSI-LD allows (all of RFC 7946 but GeometryCollection). */
public enum GeometryType {
  POINT("Point"),
  MULTI_POINT("MultiPoint"),
  LINE_STRING("LineString"),
  MULTI_LINE_STRING("MultiLineString"),
  POLYGON("Polygon"),
  MULTI_POLYGON("MultiPolygon");

  private final String geoJsonName;

  GeometryType(String geoJsonName) {
    this.geoJsonName = geoJsonName;
  }

  public String geoJsonName() {
    return geoJsonName;
  }

  public static Optional<GeometryType> of(String name) {
    for (GeometryType t : values()) {
      if (t.geoJsonName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
