package org.civicbroker.broker.entity.index;

import java.util.ArrayList;
import java.util.List;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.query.geo.GeoBBox;

/**
 * An entity as the index holds it, compactly: its encoded bytes ({@link
 * org.civicbroker.broker.entity.codec.EntityCodec}), its stored version, its creation time, and the
 * bounding boxes of its GeoProperties (computed once, so geo-queries reject most entities without
 * decoding them). Everything else is decoded when a query needs it.
 *
 * <p>{@code geoNames}: expanded names of the GeoProperties with a box (interned: shared strings),
 * or null when there is none; {@code boxes}: per name, its boxes as {@code minLon, minLat, maxLon,
 * maxLat} quadruples.
 */
final class IndexedEntity {
  private final byte[] data;
  private final long version;
  private final long createdMillis;
  private final String[] geoNames;
  private final double[][] boxes;

  /** The decoded entity while this copy is in the {@link DecodedEntities} ring; else null. */
  volatile Entity decoded;

  /** Set when the decoded entity is used; the ring's clock hand clears it. */
  volatile boolean referenced;

  IndexedEntity(
      byte[] data, long version, long createdMillis, String[] geoNames, double[][] boxes) {
    this.data = data;
    this.version = version;
    this.createdMillis = createdMillis;
    this.geoNames = geoNames;
    this.boxes = boxes;
  }

  byte[] data() {
    return data;
  }

  long version() {
    return version;
  }

  static IndexedEntity of(Entity entity, byte[] data, long version) {
    List<String> names = new ArrayList<>(1);
    List<double[]> all = new ArrayList<>(1);
    entity
        .attributes()
        .forEach(
            (name, instances) -> {
              List<GeoBBox> list = new ArrayList<>();
              for (Attribute a : instances) {
                if (a instanceof GeoProperty g) {
                  GeoBBox.ofGeoJson(g.value()).ifPresent(list::add);
                }
              }
              if (!list.isEmpty()) {
                names.add(name.intern());
                all.add(flatten(list));
              }
            });
    long created = entity.createdAt() == null ? Long.MIN_VALUE : entity.createdAt().toEpochMilli();
    return names.isEmpty()
        ? new IndexedEntity(data, version, created, null, null)
        : new IndexedEntity(
            data, version, created, names.toArray(String[]::new), all.toArray(double[][]::new));
  }

  private static double[] flatten(List<GeoBBox> boxes) {
    double[] flat = new double[boxes.size() * 4];
    for (int i = 0; i < boxes.size(); i++) {
      GeoBBox b = boxes.get(i);
      flat[4 * i] = b.minLon();
      flat[4 * i + 1] = b.minLat();
      flat[4 * i + 2] = b.maxLon();
      flat[4 * i + 3] = b.maxLat();
    }
    return flat;
  }

  /**
   * The heap this entry takes in the index with its id (measured: about 400 bytes of maps, nodes
   * and headers besides the encoded entity, for a 10-attribute entity with one point).
   */
  long estimatedBytes(String id) {
    long geo = geoNames == null ? 0 : 64L + 48L * geoNames.length + 8L * boxes.length * 4;
    return 320L + data.length + 2L * id.length() + geo;
  }

  /**
   * False when the geo-query's pre-filter proves the entity cannot match (no box of its geoproperty
   * intersects the query's boxes); true when the exact test must decide.
   *
   * @param geoproperty the expanded name, interned (names here are interned, so they are compared
   *     by reference)
   */
  boolean mayMatch(String geoproperty, List<GeoBBox> queryBoxes) {
    if (geoNames == null) {
      return false;
    }
    for (int n = 0; n < geoNames.length; n++) {
      if (geoNames[n] != geoproperty) {
        continue;
      }
      double[] b = boxes[n];
      for (int i = 0; i < b.length; i += 4) {
        for (GeoBBox q : queryBoxes) {
          if (b[i] <= q.maxLon()
              && q.minLon() <= b[i + 2]
              && b[i + 1] <= q.maxLat()
              && q.minLat() <= b[i + 3]) {
            return true;
          }
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
    int created = Long.compare(createdMillis, millis(other));
    return created != 0 ? created < 0 : version < otherVersion;
  }

  /** Whether this copy is newer than another copy of the same id (see {@link #olderThan}). */
  boolean newerThan(Entity other, long otherVersion) {
    int created = Long.compare(createdMillis, millis(other));
    return created != 0 ? created > 0 : version > otherVersion;
  }

  private static long millis(Entity e) {
    return e.createdAt() == null ? Long.MIN_VALUE : e.createdAt().toEpochMilli();
  }
}
