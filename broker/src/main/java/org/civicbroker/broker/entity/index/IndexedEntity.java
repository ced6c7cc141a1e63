package org.civicbroker.broker.entity.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.query.geo.GeoBBox;

/**
 * An entity as the index holds it: the entity, its stored version, and the bounding boxes of its
 * GeoProperties (computed once, so geo-queries reject most entities without geometry work).
 */
public record IndexedEntity(Entity entity, long version, Map<String, List<GeoBBox>> boxes) {

  static IndexedEntity of(Entity entity, long version) {
    Map<String, List<GeoBBox>> boxes = new HashMap<>();
    entity
        .attributes()
        .forEach(
            (name, instances) -> {
              List<GeoBBox> list =
                  instances.stream()
                      .filter(GeoProperty.class::isInstance)
                      .flatMap(a -> GeoBBox.ofGeoJson(((GeoProperty) a).value()).stream())
                      .toList();
              if (!list.isEmpty()) {
                boxes.put(name, list);
              }
            });
    return new IndexedEntity(entity, version, boxes.isEmpty() ? Map.of() : Map.copyOf(boxes));
  }

  /**
   * False when the geo-query's pre-filter proves the entity cannot match (no box of its geoproperty
   * intersects the query's boxes); true when the exact test must decide.
   */
  boolean mayMatch(String geoproperty, List<GeoBBox> queryBoxes) {
    for (GeoBBox box : boxes.getOrDefault(geoproperty, List.of())) {
      for (GeoBBox q : queryBoxes) {
        if (box.intersects(q)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether this copy is older than another copy of the same id: ordered by creation time (a
   * re-created entity is newer than any earlier incarnation), then by version.
   */
  boolean olderThan(Entity other, long otherVersion) {
    int created = compare(entity.createdAt(), other.createdAt());
    return created != 0 ? created < 0 : version < otherVersion;
  }

  /** Whether this copy is newer than another copy of the same id (see {@link #olderThan}). */
  boolean newerThan(Entity other, long otherVersion) {
    int created = compare(entity.createdAt(), other.createdAt());
    return created != 0 ? created > 0 : version > otherVersion;
  }

  private static int compare(java.time.Instant a, java.time.Instant b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }
}
