package org.civicbroker.model.query.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * GeoJSON geometries (RFC 7946) to JTS geometries in lon/lat (x = longitude, y = latitude),
 * validating the coordinates: positions of 2 or 3 numbers within [-180, 180] x [-90, 90], at least
 * two positions per LineString, closed rings of at least four positions, and topologically valid
 * polygons.
 */
public final class GeoJsonGeometries {
  static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  private GeoJsonGeometries() {}

  /**
   * The geometry for a type and its coordinates.
   *
   * @throws IllegalArgumentException with a reason when the coordinates do not fit the type
   */
  public static Geometry toJts(GeometryType type, JsonNode coordinates) {
    Geometry g =
        switch (type) {
          case POINT -> point(coordinates);
          case MULTI_POINT ->
              FACTORY.createMultiPoint(
                  map(array(coordinates, 1, "positions"), GeoJsonGeometries::point, Point[]::new));
          case LINE_STRING -> lineString(coordinates);
          case MULTI_LINE_STRING ->
              FACTORY.createMultiLineString(
                  map(
                      array(coordinates, 1, "line strings"),
                      GeoJsonGeometries::lineString,
                      LineString[]::new));
          case POLYGON -> polygon(coordinates);
          case MULTI_POLYGON ->
              FACTORY.createMultiPolygon(
                  map(
                      array(coordinates, 1, "polygons"),
                      GeoJsonGeometries::polygon,
                      Polygon[]::new));
        };
    if (type == GeometryType.POLYGON || type == GeometryType.MULTI_POLYGON) {
      TopologyValidationError error = new IsValidOp(g).getValidationError();
      if (error != null) {
        throw new IllegalArgumentException(
            "invalid " + type.geoJsonName() + ": " + error.getMessage());
      }
    }
    return g;
  }

  /** The geometry of a GeoJSON geometry object, or empty when it is not a valid one. */
  public static Optional<Geometry> fromGeoJson(JsonNode geometry) {
    if (geometry == null || !geometry.isObject()) {
      return Optional.empty();
    }
    Optional<GeometryType> type = GeometryType.of(geometry.path("type").asText());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(toJts(type.get(), geometry.get("coordinates")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Point point(JsonNode position) {
    return FACTORY.createPoint(coordinate(position));
  }

  private static LineString lineString(JsonNode positions) {
    return FACTORY.createLineString(coordinates(array(positions, 2, "positions in a LineString")));
  }

  private static Polygon polygon(JsonNode rings) {
    JsonNode all = array(rings, 1, "linear rings in a Polygon");
    LinearRing shell = ring(all.get(0));
    LinearRing[] holes = new LinearRing[all.size() - 1];
    for (int i = 1; i < all.size(); i++) {
      holes[i - 1] = ring(all.get(i));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions) {
    Coordinate[] cs = coordinates(array(positions, 4, "positions in a linear ring"));
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      throw new IllegalArgumentException("a linear ring must end with its first position");
    }
    return FACTORY.createLinearRing(cs);
  }

  private static Coordinate[] coordinates(JsonNode positions) {
    Coordinate[] cs = new Coordinate[positions.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = coordinate(positions.get(i));
    }
    return cs;
  }

  private static Coordinate coordinate(JsonNode position) {
    if (position == null
        || !position.isArray()
        || position.size() < 2
        || position.size() > 3
        || !allNumbers(position)) {
      throw new IllegalArgumentException("a position must be [longitude, latitude]");
    }
    double lon = position.get(0).doubleValue();
    double lat = position.get(1).doubleValue();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new IllegalArgumentException(
          "position [" + lon + ", " + lat + "] is outside [-180, 180] x [-90, 90]");
    }
    return new Coordinate(lon, lat);
  }

  private static boolean allNumbers(JsonNode position) {
    for (JsonNode n : position) {
      if (!n.isNumber()) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode array(JsonNode node, int min, String what) {
    if (node == null || !node.isArray() || node.size() < min) {
      throw new IllegalArgumentException("expected an array of at least " + min + " " + what);
    }
    return node;
  }

  private static <T> T[] map(JsonNode array, Function<JsonNode, T> f, IntFunction<T[]> make) {
    T[] out = make.apply(array.size());
    for (int i = 0; i < out.length; i++) {
      out[i] = f.apply(array.get(i));
    }
    return out;
  }
}
