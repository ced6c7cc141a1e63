package org.civicbroker.model.query.geo;

import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;

/** The exact test of a geo-query on an entity's GeoProperty instances (see {@link GeoQuery}). */
final class GeoEvaluator {
  private GeoEvaluator() {}

  static boolean matches(GeoQuery query, Geometry reference, Entity entity) {
    for (Attribute a : entity.attributes().get(query.geoproperty())) {
      if (a instanceof GeoProperty g
          && GeoJsonGeometries.fromGeoJson(g.value())
              .map(target -> test(query.georel(), reference, target))
              .orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the target geometry stands in the relation to the reference geometry. */
  static boolean test(GeoRel georel, Geometry reference, Geometry target) {
    try {
      return switch (georel.relation()) {
        case NEAR_MAX_DISTANCE -> Spherical.distance(reference, target) <= georel.distance();
        case NEAR_MIN_DISTANCE -> Spherical.distance(reference, target) >= georel.distance();
        case WITHIN -> target.within(reference);
        case CONTAINS -> target.contains(reference);
        case INTERSECTS -> target.intersects(reference);
        case DISJOINT -> target.disjoint(reference);
        case OVERLAPS -> target.overlaps(reference);
        case EQUALS -> target.equalsTopo(reference);
      };
    } catch (TopologyException e) {
      return false;
    }
  }
}
