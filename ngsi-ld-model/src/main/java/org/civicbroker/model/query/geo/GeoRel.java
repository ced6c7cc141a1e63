package org.civicbroker.model.query.geo;

import java.math.BigDecimal;
import java.util.Objects;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * A parsed {@code georel} (clause 4.10): the relation and, for {@code near}, the distance in metres
 * (a positive JSON number; NaN for the other relations).
 */
public record GeoRel(GeoRelation relation, double distance) {

  public GeoRel {
    Objects.requireNonNull(relation, "relation");
    if (relation.isNear() != !Double.isNaN(distance)) {
      throw new IllegalArgumentException("a distance goes with near, and only with near");
    }
  }

  /** Parses {@code near;maxDistance==2000}, {@code within}, ...; bad text is BadRequestData. */
  public static GeoRel parse(String georel) {
    if (georel == null || georel.isEmpty()) {
      throw NgsiLdException.badData("georel: missing");
    }
    for (GeoRelation r : GeoRelation.values()) {
      if (!r.isNear() && r.text().equals(georel)) {
        return new GeoRel(r, Double.NaN);
      }
    }
    for (GeoRelation r : GeoRelation.values()) {
      if (r.isNear() && georel.startsWith(r.text() + "==")) {
        return new GeoRel(r, distance(georel.substring(r.text().length() + 2)));
      }
    }
    throw NgsiLdException.badData(
        "georel: expected near;maxDistance==<metres>, near;minDistance==<metres>, within,"
            + " contains, intersects, disjoint, overlaps or equals but found "
            + Uris.quote(georel));
  }

  private static double distance(String text) {
    if (!text.matches("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw NgsiLdException.badData(
          "georel: the distance must be a positive number of metres but found " + Uris.quote(text));
    }
    double d = new BigDecimal(text).doubleValue();
    if (!(d > 0) || Double.isInfinite(d)) {
      throw NgsiLdException.badData(
          "georel: the distance must be a positive number of metres but found " + Uris.quote(text));
    }
    return d;
  }

  @Override
  public String toString() {
    if (!relation.isNear()) {
      return relation.text();
    }
    return relation.text()
        + "=="
        + BigDecimal.valueOf(distance).stripTrailingZeros().toPlainString();
  }
}
