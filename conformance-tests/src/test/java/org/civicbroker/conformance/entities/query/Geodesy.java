package org.civicbroker.conformance.entities.query;

import java.util.Locale;

/**
 * Spherical geometry for the {@code near} geo-queries (clause 4.10: distances in metres): points a
 * known distance and bearing from a centre, and the haversine distance to check them. The mean
 * Earth radius is used; brokers using another radius (e.g. WGS 84's equatorial one) differ by far
 * less than the margins the tests leave.
 */
final class Geodesy {
  static final double EARTH_RADIUS_M = 6_371_008.8;

  private Geodesy() {}

  /** A WGS 84 position (longitude first, as in GeoJSON). */
  record LonLat(double lon, double lat) {
    /** The GeoJSON position, e.g. {@code [4.3500000,50.8500000]}. */
    String json() {
      return String.format(Locale.ROOT, "[%.7f,%.7f]", lon, lat);
    }

    String lonText() {
      return String.format(Locale.ROOT, "%.7f", lon);
    }

    String latText() {
      return String.format(Locale.ROOT, "%.7f", lat);
    }
  }

  /** The point {@code metres} away from {@code from} in the direction {@code bearingDegrees}. */
  static LonLat destination(LonLat from, double metres, double bearingDegrees) {
    double delta = metres / EARTH_RADIUS_M;
    double theta = Math.toRadians(bearingDegrees);
    double phi1 = Math.toRadians(from.lat());
    double lambda1 = Math.toRadians(from.lon());
    double phi2 =
        Math.asin(
            Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
    double lambda2 =
        lambda1
            + Math.atan2(
                Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
    return new LonLat(Math.toDegrees(lambda2), Math.toDegrees(phi2));
  }

  /** The great-circle (haversine) distance in metres. */
  static double distance(LonLat a, LonLat b) {
    double dPhi = Math.toRadians(b.lat() - a.lat());
    double dLambda = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dPhi / 2), 2)
            + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat()))
                * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
  }
}
