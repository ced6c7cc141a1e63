package org.civicbroker.model.query.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Distances on the WGS84 sphere, in metres, for {@code near} (clause 4.10). Point to point is the
 * haversine great-circle distance with the mean Earth radius. Between other geometries it is 0 when
 * they intersect (planar lon/lat test, as for the other relations), else the least distance from a
 * vertex of either geometry to a segment (or point) of the other. The closest point of a segment is
 * found in a local equirectangular projection centred on the vertex and its distance measured with
 * haversine: exact for points, within a fraction of a percent for segments up to a few hundred
 * kilometres.
 */
public final class Spherical {
  /** Mean Earth radius (IUGG), metres. */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  private Spherical() {}

  /** Great-circle distance between two lon/lat positions in degrees. */
  public static double haversine(double lon1, double lat1, double lon2, double lat2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** The least distance between two geometries, as described above. */
  public static double distance(Geometry a, Geometry b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    if (a.getNumPoints() == 1 && b.getNumPoints() == 1) {
      Coordinate p = a.getCoordinate();
      Coordinate q = b.getCoordinate();
      return haversine(p.x, p.y, q.x, q.y);
    }
    if (a.intersects(b)) {
      return 0;
    }
    return Math.min(verticesTo(a, b), verticesTo(b, a));
  }

  private static double verticesTo(Geometry from, Geometry to) {
    double best = Double.POSITIVE_INFINITY;
    for (Coordinate p : from.getCoordinates()) {
      best = Math.min(best, pointTo(p, to));
    }
    return best;
  }

  private static double pointTo(Coordinate p, Geometry g) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      Coordinate[] cs = part.getCoordinates();
      if (cs.length == 1) {
        best = Math.min(best, haversine(p.x, p.y, cs[0].x, cs[0].y));
      }
      for (int j = 0; j + 1 < cs.length; j++) {
        best = Math.min(best, pointToSegment(p, cs[j], cs[j + 1]));
      }
    }
    return best;
  }

  /** Distance from {@code p} to segment {@code a}-{@code b}, see the class comment. */
  static double pointToSegment(Coordinate p, Coordinate a, Coordinate b) {
    double k = Math.cos(Math.toRadians(p.y));
    double ax = lonDelta(p.x, a.x) * k;
    double ay = a.y - p.y;
    double bx = lonDelta(p.x, b.x) * k;
    double by = b.y - p.y;
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    double lon = a.x + t * lonDelta(a.x, b.x);
    double lat = a.y + t * (b.y - a.y);
    return haversine(p.x, p.y, lon, lat);
  }

  /** {@code to - from} in degrees of longitude, normalised to [-180, 180]. */
  static double lonDelta(double from, double to) {
    double d = to - from;
    if (d > 180) {
      d -= 360;
    } else if (d < -180) {
      d += 360;
    }
    return d;
  }
}
