package org.civicbroker.model.query.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A lon/lat bounding box in degrees with {@code minLon <= maxLon} (a box across the antimeridian is
 * expressed as two boxes). The broker stores the box of each GeoProperty value ({@link #ofGeoJson})
 * and pre-filters geo-queries on it ({@link GeoQuery#prefilter()}) before running the exact test
 * ({@link GeoQuery#matches}).
 */
public record GeoBBox(double minLon, double minLat, double maxLon, double maxLat) {
  /** The whole globe. */
  public static final GeoBBox WORLD = new GeoBBox(-180, -90, 180, 90);

  public GeoBBox {
    if (!(minLon <= maxLon) || !(minLat <= maxLat)) {
      throw new IllegalArgumentException("empty box");
    }
  }

  /** True when the two boxes share at least one point (edges included). */
  public boolean intersects(GeoBBox o) {
    return minLon <= o.maxLon && o.minLon <= maxLon && minLat <= o.maxLat && o.minLat <= maxLat;
  }

  /** {@code [minLon, minLat, maxLon, maxLat]}, the GeoJSON bbox order. */
  public List<Double> toList() {
    return List.of(minLon, minLat, maxLon, maxLat);
  }

  /**
   * The box of a GeoJSON geometry object: the extremes of its positions (planar lon/lat, as the
   * topological relations are evaluated). Empty when the object holds no position.
   */
  public static Optional<GeoBBox> ofGeoJson(JsonNode geometry) {
    if (geometry == null || !geometry.has("coordinates")) {
      return Optional.empty();
    }
    double[] box = {
      Double.POSITIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    extend(geometry.get("coordinates"), box);
    return box[0] > box[2]
        ? Optional.empty()
        : Optional.of(new GeoBBox(box[0], box[1], box[2], box[3]));
  }

  private static void extend(JsonNode node, double[] box) {
    if (!node.isArray() || node.isEmpty()) {
      return;
    }
    if (node.get(0).isNumber()) {
      if (node.size() >= 2 && node.get(1).isNumber()) {
        double lon = node.get(0).doubleValue();
        double lat = node.get(1).doubleValue();
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
      }
      return;
    }
    node.forEach(child -> extend(child, box));
  }
}
