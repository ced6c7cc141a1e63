package org.civicbroker.model.query.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The near pre-filter never drops a match: whenever a point is within maxDistance of the query
 * point, the point's box intersects one of the pre-filter boxes, including near the poles and the
 * antimeridian.
 */
class NearPrefilterProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 2000)
  void prefilterKeepsEveryMatch(
      @ForAll @DoubleRange(min = -180, max = 180) double lon,
      @ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = -3, max = 3) double dLon,
      @ForAll @DoubleRange(min = -3, max = 3) double dLat,
      @ForAll @DoubleRange(min = 1, max = 400_000) double metres) {
    double lon2 = wrap(lon + dLon);
    double lat2 = Math.max(-90, Math.min(90, lat + dLat));
    GeoQuery q =
        GeoQueryParser.parse(
            "near;maxDistance==" + java.math.BigDecimal.valueOf(metres).toPlainString(),
            "Point",
            "[" + lon + "," + lat + "]",
            null);
    var point = MAPPER.createObjectNode().put("type", "Point");
    point.putArray("coordinates").add(lon2).add(lat2);
    if (q.matchesGeometry(point)) {
      GeoBBox box = GeoBBox.ofGeoJson(point).orElseThrow();
      assertThat(q.prefilter().orElseThrow()).anyMatch(box::intersects);
    }
  }

  private static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
  }
}
