package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 4.10 Geoquery Language in Query Entities (5.7.2): the relations {@code within}, {@code contains},
 * {@code intersects}, {@code disjoint}, {@code overlaps} and {@code equals} (as in the OGC Simple
 * Features model), with query geometries Point, MultiPoint, LineString, MultiLineString, Polygon
 * and MultiPolygon.
 *
 * <p>Entities of one fresh type around (10.0, 50.0), about 1 km across, every point well inside or
 * outside the query shapes (no point lies on a query shape's boundary):
 *
 * <ul>
 *   <li>A: Point (10.005, 50.005), inside square C;
 *   <li>B: Point (10.025, 50.005), east of C;
 *   <li>C: Polygon, the square 10.00..10.01 x 50.00..50.01;
 *   <li>D: LineString x=10.005 from 49.995 to 50.015 (crosses C from south to north);
 *   <li>E: LineString x=10.04 from 50.00 to 50.01.
 * </ul>
 */
@DisplayName("4.10 Query Entities: geo relations and query geometries")
class GeoQueryRelationsTest extends QueryTestBase {
  /** A square slightly larger than C: contains A and C, crossed by D. */
  private static final String AROUND_C = square(9.999, 49.999, 10.011, 50.011);

  /** Overlaps the east part of C; A, B and D are outside. */
  private static final String EAST_HALF = square(10.006, 50.001, 10.016, 50.009);

  /** From inside C to past B: intersects B and C, not A, not D. */
  private static final String C_TO_B = square(10.006, 50.001, 10.03, 50.009);

  private static final String ACROSS_C = "[[9.995,50.008],[10.03,50.008]]";
  private static final String ACROSS_E = "[[10.035,50.005],[10.045,50.005]]";

  private String type;
  private String a;
  private String b;
  private String c;
  private String d;
  private String e;

  @BeforeEach
  void createShapes() {
    type = freshType("Site");
    a = createEntity("query/geo/point.json", type, "lon", "10.005", "lat", "50.005");
    b = createEntity("query/geo/point.json", type, "lon", "10.025", "lat", "50.005");
    c = createEntity("query/geo/square.json", type);
    d = createEntity("query/geo/line-through-square.json", type);
    e = createEntity("query/geo/line-east.json", type);
  }

  static Stream<Arguments> relations() {
    return Stream.of(
        Arguments.of("within", "Polygon", AROUND_C, "A C"),
        Arguments.of(
            "within",
            "MultiPolygon",
            "[" + AROUND_C + "," + square(10.02, 50.0, 10.03, 50.01) + "]",
            "A B C"),
        Arguments.of("contains", "Point", "[10.002,50.008]", "C"),
        Arguments.of("contains", "LineString", "[[10.001,50.001],[10.003,50.003]]", "C"),
        Arguments.of("intersects", "LineString", ACROSS_C, "C D"),
        Arguments.of(
            "intersects", "MultiLineString", "[" + ACROSS_C + "," + ACROSS_E + "]", "C D E"),
        Arguments.of("intersects", "MultiPoint", "[[10.025,50.005],[20.0,20.0]]", "B"),
        Arguments.of("intersects", "Polygon", C_TO_B, "B C"),
        Arguments.of("disjoint", "Polygon", AROUND_C, "B E"),
        Arguments.of("overlaps", "Polygon", EAST_HALF, "C"),
        Arguments.of("equals", "Polygon", square(10.0, 50.0, 10.01, 50.01), "C"),
        Arguments.of("equals", "Point", "[10.025,50.005]", "B"),
        Arguments.of("within", "Polygon", square(11.0, 51.0, 11.01, 51.01), ""));
  }

  @ParameterizedTest(name = "4.10 georel={0} geometry={1} coordinates={2} -> [{3}]")
  @MethodSource("relations")
  @DisplayName("4.10 within, contains, intersects, disjoint, overlaps, equals")
  void relation(String georel, String geometry, String coordinates, String expected) {
    assertThat(
            ids(
                query(
                    "type",
                    type,
                    "georel",
                    georel,
                    "geometry",
                    geometry,
                    "coordinates",
                    coordinates)))
        .as("%s %s %s", georel, geometry, coordinates)
        .containsExactlyInAnyOrderElementsOf(entities(expected));
  }

  /** The coordinates of a counter-clockwise square polygon. */
  static String square(double minLon, double minLat, double maxLon, double maxLat) {
    return String.format(
        Locale.ROOT,
        "[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]",
        minLon,
        minLat,
        maxLon,
        minLat,
        maxLon,
        maxLat,
        minLon,
        maxLat,
        minLon,
        minLat);
  }

  private List<String> entities(String letters) {
    List<String> ids = new ArrayList<>();
    for (String letter : letters.split(" ")) {
      switch (letter) {
        case "A" -> ids.add(a);
        case "B" -> ids.add(b);
        case "C" -> ids.add(c);
        case "D" -> ids.add(d);
        case "E" -> ids.add(e);
        case "" -> {}
        default -> throw new IllegalArgumentException(letter);
      }
    }
    return ids;
  }
}
