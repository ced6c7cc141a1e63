package org.civicbroker.model.query.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Pre-filter boxes for geo-queries. For {@code near;maxDistance==d} around a reference geometry
 * with envelope E: latitudes widen by d/R; longitudes by {@code asin(sin(d/R) / cos(phi))} where
 * phi is the envelope's latitude farthest from the equator (the widest longitude extent of a
 * spherical cap, J. Matuschek's bounding-coordinates method). If the cap reaches a pole the box
 * spans all longitudes; if it crosses the antimeridian it is split in two.
 */
final class GeoBoxes {
  private static final double EPSILON = 1e-9;

  private GeoBoxes() {}

  static GeoBBox of(Envelope e) {
    return new GeoBBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
  }

  static List<GeoBBox> nearMax(Envelope e, double metres) {
    double delta = metres / Spherical.EARTH_RADIUS_M;
    if (delta >= Math.PI) {
      return List.of(GeoBBox.WORLD);
    }
    double dLat = Math.toDegrees(delta) + EPSILON;
    double minLat = e.getMinY() - dLat;
    double maxLat = e.getMaxY() + dLat;
    if (minLat <= -90 || maxLat >= 90) {
      return List.of(new GeoBBox(-180, Math.max(-90, minLat), 180, Math.min(90, maxLat)));
    }
    double phi = Math.toRadians(Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
    double ratio = Math.sin(delta) / Math.cos(phi);
    if (ratio >= 1) {
      return List.of(new GeoBBox(-180, minLat, 180, maxLat));
    }
    double dLon = Math.toDegrees(Math.asin(ratio)) + EPSILON;
    return wrap(e.getMinX() - dLon, minLat, e.getMaxX() + dLon, maxLat);
  }

  /** Boxes for a longitude interval that may extend past ±180. */
  static List<GeoBBox> wrap(double minLon, double minLat, double maxLon, double maxLat) {
    if (maxLon - minLon >= 360) {
      return List.of(new GeoBBox(-180, minLat, 180, maxLat));
    }
    if (minLon < -180) {
      return List.of(
          new GeoBBox(minLon + 360, minLat, 180, maxLat),
          new GeoBBox(-180, minLat, maxLon, maxLat));
    }
    if (maxLon > 180) {
      return List.of(
          new GeoBBox(minLon, minLat, 180, maxLat),
          new GeoBBox(-180, minLat, maxLon - 360, maxLat));
    }
    return List.of(new GeoBBox(minLon, minLat, maxLon, maxLat));
  }
}
