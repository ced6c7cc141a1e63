package org.civicbroker.model.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Validation of GeoJSON geometries (IETF RFC 7946 clause 3.1) as NGSI-LD GeoProperty values (GS CIM
 * 009 clause 4.7): Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon and
 * GeometryCollection (the core context defines all seven).
 *
 * <p>Rules: a position has 2 or 3 finite numbers, longitude in [-180, 180], latitude in [-90, 90];
 * a LineString has at least 2 positions; a Polygon ring is closed and has at least 4 positions;
 * coordinate arrays are never empty; a GeometryCollection holds at least one geometry and, as RFC
 * 7946 clause 3.1.8 advises, no nested GeometryCollection. An optional {@code bbox} must be an
 * array of 4 or 6 finite numbers. Other foreign members are kept as given.
 */
public final class GeoJsonGeometry {
  /** The geometry type names, as they appear in {@code "type"}. */
  public static final Set<String> TYPES =
      Set.of(
          "Point",
          "MultiPoint",
          "LineString",
          "MultiLineString",
          "Polygon",
          "MultiPolygon",
          "GeometryCollection");

  private GeoJsonGeometry() {}

  /**
   * True when the node has the shape of a geometry ({@code type} is a geometry type and the
   * coordinates or geometries member is present); used to recognise concise GeoProperties.
   */
  public static boolean looksLikeGeometry(JsonNode node) {
    if (node == null || !node.isObject() || !node.path("type").isTextual()) {
      return false;
    }
    String type = node.get("type").asText();
    if ("GeometryCollection".equals(type)) {
      return node.has("geometries");
    }
    return TYPES.contains(type) && node.has("coordinates");
  }

  /**
   * Checks a geometry and returns a deep copy of it.
   *
   * @param where the member path for error details, e.g. {@code attribute 'location'}
   * @throws NgsiLdException BAD_REQUEST_DATA naming the first violated rule
   */
  public static ObjectNode validate(JsonNode node, String where) {
    check(node, where, true);
    return ((ObjectNode) node).deepCopy();
  }

  private static void check(JsonNode node, String where, boolean allowCollection) {
    if (node == null || !node.isObject()) {
      throw bad(where, "a GeoJSON geometry must be a JSON object");
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) {
      throw bad(where, "unsupported GeoJSON geometry type " + (type == null ? "(none)" : type));
    }
    if (node.has("bbox")) {
      checkBbox(node.get("bbox"), where);
    }
    String t = type.asText();
    if ("GeometryCollection".equals(t)) {
      checkCollection(node, where, allowCollection);
      return;
    }
    JsonNode coordinates = node.get("coordinates");
    if (coordinates == null || !coordinates.isArray()) {
      throw bad(where, t + " must have a 'coordinates' array");
    }
    checkCoordinates(t, coordinates, where);
  }

  private static void checkCollection(JsonNode node, String where, boolean allowed) {
    if (!allowed) {
      throw bad(where, "a GeometryCollection must not contain another GeometryCollection");
    }
    JsonNode geometries = node.get("geometries");
    if (geometries == null || !geometries.isArray() || geometries.isEmpty()) {
      throw bad(where, "GeometryCollection must have a non-empty 'geometries' array");
    }
    for (JsonNode g : geometries) {
      check(g, where, false);
    }
  }

  private static void checkCoordinates(String type, JsonNode c, String where) {
    switch (type) {
      case "Point" -> Positions.position(c, where);
      case "MultiPoint" -> Positions.positions(c, 1, where);
      case "LineString" -> Positions.positions(c, 2, where);
      case "MultiLineString" -> Positions.each(c, where, l -> Positions.positions(l, 2, where));
      case "Polygon" -> Positions.polygon(c, where);
      case "MultiPolygon" -> Positions.each(c, where, p -> Positions.polygon(p, where));
      default -> throw bad(where, "unsupported GeoJSON geometry type " + type);
    }
  }

  private static void checkBbox(JsonNode bbox, String where) {
    if (!bbox.isArray() || (bbox.size() != 4 && bbox.size() != 6)) {
      throw bad(where, "'bbox' must be an array of 4 or 6 numbers");
    }
    for (JsonNode n : bbox) {
      if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
        throw bad(where, "'bbox' must be an array of 4 or 6 numbers");
      }
    }
  }

  static NgsiLdException bad(String where, String message) {
    return NgsiLdException.badData(where + ": " + message);
  }
}
