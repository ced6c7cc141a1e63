package org.civicbroker.conformance.entities.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.civicbroker.conformance.entities.query.Geodesy.LonLat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 4.10 Geoquery Language in Query Entities (5.7.2): {@code near;maxDistance==d} and {@code
 * near;minDistance==d} with {@code d} in metres, on {@code location} and on another GeoProperty
 * named by {@code geoproperty}.
 *
 * <p>Points are computed on the sphere (haversine, {@link Geodesy}) 300 m, 700 m and 2000 m from a
 * centre, so every threshold below leaves a margin of at least 200 m.
 */
@DisplayName("4.10 Query Entities: near with maxDistance / minDistance")
class GeoQueryNearTest extends QueryTestBase {
  private static final LonLat CENTRE = new LonLat(4.35, 50.85);

  private String type;
  private String near;
  private String far;
  private String remote;

  @BeforeEach
  void createPointsAroundTheCentre() {
    type = freshType("Kiosk");
    near = createPoint(Geodesy.destination(CENTRE, 300, 45));
    far = createPoint(Geodesy.destination(CENTRE, 700, 200));
    remote = createPoint(Geodesy.destination(CENTRE, 2000, 300));
  }

  @Test
  @DisplayName("(the test's geometry) the computed points are 300 m, 700 m and 2000 m away")
  void theComputedPointsAreWhereTheTestsExpectThem() {
    assertThat(Geodesy.distance(CENTRE, Geodesy.destination(CENTRE, 300, 45)))
        .isCloseTo(300, within(0.5));
    assertThat(Geodesy.distance(CENTRE, Geodesy.destination(CENTRE, 700, 200)))
        .isCloseTo(700, within(0.5));
    assertThat(Geodesy.distance(CENTRE, Geodesy.destination(CENTRE, 2000, 300)))
        .isCloseTo(2000, within(0.5));
  }

  @Test
  @DisplayName("4.10 near;maxDistance==500 -> only the point 300 m away")
  void maxDistance500() {
    assertThat(ids(near("near;maxDistance==500"))).containsExactly(near);
  }

  @Test
  @DisplayName("4.10 near;maxDistance==1000 -> the points 300 m and 700 m away")
  void maxDistance1000() {
    assertThat(ids(near("near;maxDistance==1000"))).containsExactlyInAnyOrder(near, far);
  }

  @Test
  @DisplayName("4.10 near;minDistance==500 -> the points 700 m and 2000 m away")
  void minDistance500() {
    assertThat(ids(near("near;minDistance==500"))).containsExactlyInAnyOrder(far, remote);
  }

  @Test
  @DisplayName("4.10 near;minDistance==1000 -> only the point 2000 m away")
  void minDistance1000() {
    assertThat(ids(near("near;minDistance==1000"))).containsExactly(remote);
  }

  @Test
  @DisplayName("4.10 near;maxDistance==100 -> none")
  void maxDistance100() {
    assertThat(ids(near("near;maxDistance==100"))).isEmpty();
  }

  @Test
  @DisplayName("4.10 geoproperty=deliveryPoint: the query applies to that GeoProperty only")
  void geopropertySelectsTheGeoProperty() {
    String delivery =
        createWithGeoProperty(Geodesy.destination(CENTRE, 300, 90)); // location is over 100 km away

    assertThat(
            ids(
                query(
                    "type",
                    type,
                    "georel",
                    "near;maxDistance==500",
                    "geometry",
                    "Point",
                    "coordinates",
                    CENTRE.json(),
                    "geoproperty",
                    "deliveryPoint")))
        .as("entities without deliveryPoint do not match")
        .containsExactly(delivery);
    assertThat(ids(near("near;maxDistance==500")))
        .as("default geoproperty is location")
        .containsExactly(near);
  }

  @Test
  @DisplayName("4.10 geoproperty=location is the default")
  void geopropertyLocationIsTheDefault() {
    assertThat(
            ids(
                query(
                    "type",
                    type,
                    "georel",
                    "near;maxDistance==1000",
                    "geometry",
                    "Point",
                    "coordinates",
                    CENTRE.json(),
                    "geoproperty",
                    "location")))
        .containsExactlyInAnyOrder(near, far);
  }

  private io.restassured.response.Response near(String georel) {
    return query("type", type, "georel", georel, "geometry", "Point", "coordinates", CENTRE.json());
  }

  private String createPoint(LonLat at) {
    return createEntity("query/geo/point.json", type, "lon", at.lonText(), "lat", at.latText());
  }

  private String createWithGeoProperty(LonLat at) {
    return createEntity(
        "query/geo/delivery-point.json", type, "lon", at.lonText(), "lat", at.latText());
  }
}
