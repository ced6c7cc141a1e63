package org.civicbroker.broker.entity.store.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;

/**
 * The bounding box of a GeoJSON geometry, stored beside a GeoProperty value as {@code bbox: {w, s,
 * e, n}} (doubles: min longitude, min latitude, max longitude, max latitude). Plain numeric fields
 * work on every MongoDB-wire server, so a geo query can pre-filter candidates with range conditions
 * on them and then test the exact geometry in memory. Antimeridian-crossing shapes get the box of
 * their raw coordinates, which is wider, never narrower, than the shape.
 */
final class GeoBounds {
  private double west = Double.POSITIVE_INFINITY;
  private double south = Double.POSITIVE_INFINITY;
  private double east = Double.NEGATIVE_INFINITY;
  private double north = Double.NEGATIVE_INFINITY;

  private GeoBounds() {}

  /** The box of a geometry (or Feature / FeatureCollection), or null when it has no positions. */
  static Document of(JsonNode geoJson) {
    GeoBounds bounds = new GeoBounds();
    bounds.visit(geoJson);
    return bounds.west > bounds.east ? null : bounds.toDocument();
  }

  private void visit(JsonNode node) {
    if (node == null || !node.isObject()) {
      return;
    }
    coordinates(node.get("coordinates"));
    node.path("geometries").forEach(this::visit);
    visit(node.get("geometry"));
    node.path("features").forEach(this::visit);
  }

  private void coordinates(JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      return;
    }
    if (node.get(0).isNumber()) {
      position(node);
    } else {
      node.forEach(this::coordinates);
    }
  }

  private void position(JsonNode position) {
    if (position.size() < 2 || !position.get(1).isNumber()) {
      return;
    }
    double x = position.get(0).doubleValue();
    double y = position.get(1).doubleValue();
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }

  private Document toDocument() {
    return new Document("w", west).append("s", south).append("e", east).append("n", north);
  }
}
