package org.civicbroker.model.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/** Checks of GeoJSON positions and position arrays (RFC 7946 clauses 3.1.1 - 3.1.7). */
final class Positions {
  private Positions() {}

  /** A position: [longitude, latitude] or [longitude, latitude, altitude], all finite. */
  static void position(JsonNode p, String where) {
    if (!p.isArray() || p.size() < 2 || p.size() > 3) {
      throw GeoJsonGeometry.bad(where, "a position must be an array of 2 or 3 numbers: " + p);
    }
    for (JsonNode n : p) {
      if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
        throw GeoJsonGeometry.bad(where, "a position must hold finite numbers: " + p);
      }
    }
    double lon = p.get(0).asDouble();
    double lat = p.get(1).asDouble();
    if (lon < -180 || lon > 180) {
      throw GeoJsonGeometry.bad(where, "longitude out of range [-180, 180]: " + p);
    }
    if (lat < -90 || lat > 90) {
      throw GeoJsonGeometry.bad(where, "latitude out of range [-90, 90]: " + p);
    }
  }

  /** An array of at least {@code min} positions. */
  static void positions(JsonNode a, int min, String where) {
    if (!a.isArray() || a.size() < min) {
      throw GeoJsonGeometry.bad(
          where, "expected an array of at least " + min + " position(s), got: " + abbreviate(a));
    }
    for (JsonNode p : a) {
      position(p, where);
    }
  }

  /** Polygon coordinates: one or more closed linear rings of at least 4 positions. */
  static void polygon(JsonNode rings, String where) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw GeoJsonGeometry.bad(where, "a Polygon must have at least one linear ring");
    }
    for (JsonNode ring : rings) {
      if (!ring.isArray() || ring.size() < 4) {
        throw GeoJsonGeometry.bad(
            where, "a Polygon ring must have at least 4 positions: " + abbreviate(ring));
      }
      positions(ring, 4, where);
      if (!samePosition(ring.get(0), ring.get(ring.size() - 1))) {
        throw GeoJsonGeometry.bad(
            where, "a Polygon ring must be closed (first and last positions equal)");
      }
    }
  }

  /** Applies {@code check} to each element of a non-empty array. */
  static void each(JsonNode a, String where, Consumer<JsonNode> check) {
    if (!a.isArray() || a.isEmpty()) {
      throw GeoJsonGeometry.bad(where, "'coordinates' must be a non-empty array");
    }
    a.forEach(check);
  }

  private static boolean samePosition(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (Double.compare(a.get(i).asDouble(), b.get(i).asDouble()) != 0) {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
