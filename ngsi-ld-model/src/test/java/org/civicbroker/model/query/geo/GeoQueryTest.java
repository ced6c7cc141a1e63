package org.civicbroker.model.query.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.TestLdContext;
import org.junit.jupiter.api.Test;

/** Geo-query parsing details, distances and pre-filter boxes. */
class GeoQueryTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void haversineKnownDistances() {
    assertThat(Spherical.haversine(0, 0, 0, 1)).isCloseTo(111_195.08, within(0.01));
    assertThat(Spherical.haversine(179.5, 0, -179.5, 0)).isCloseTo(111_195.08, within(0.01));
    // Paris - London, about 343.9 km on the mean-radius sphere
    assertThat(Spherical.haversine(2.3522, 48.8566, -0.1276, 51.5072))
        .isCloseTo(343_923, within(500.0));
  }

  @Test
  void defaultsAndResolution() {
    GeoQuery q = GeoQueryParser.parse("near;maxDistance==2000", "Point", "[8,40]", null);
    assertThat(q.geoproperty()).isEqualTo("location");
    assertThat(q.georel()).isEqualTo(new GeoRel(GeoRelation.NEAR_MAX_DISTANCE, 2000));
    assertThat(q.toString())
        .isEqualTo(
            "georel=near;maxDistance==2000&geometry=Point&coordinates=[8,40]&geoproperty=location");
    assertThat(q.resolve(TestLdContext.INSTANCE).geoproperty())
        .isEqualTo("https://uri.etsi.org/ngsi-ld/location");
    assertThat(GeoQueryParser.parse("within", "Point", "8,40", "observationSpace").geoJson())
        .hasToString("{\"type\":\"Point\",\"coordinates\":[8,40]}");
  }

  @Test
  void fromJsonAcceptsCoordinatesAsArrayOrString() throws Exception {
    GeoQuery a =
        GeoQueryParser.fromJson(
            MAPPER.readTree(
                "{\"georel\":\"near;minDistance==10.5\",\"geometry\":\"Point\",\"coordinates\":[8,40]}"));
    GeoQuery b =
        GeoQueryParser.fromJson(
            MAPPER.readTree(
                "{\"georel\":\"near;minDistance==10.5\",\"geometry\":\"Point\",\"coordinates\":\"[8,40]\"}"));
    assertThat(a).isEqualTo(b);
    assertThat(a.georel().distance()).isEqualTo(10.5);
    assertThatThrownBy(() -> GeoQueryParser.fromJson(MAPPER.readTree("{\"georel\":\"within\"}")))
        .isInstanceOf(NgsiLdException.class)
        .hasMessageContaining("geoQ: coordinates must be a JSON array");
  }

  @Test
  void missingPartsAreBadRequestData() {
    assertThatThrownBy(() -> GeoQueryParser.parse("within", "Point", null, null))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e ->
                assertThat(e.detail())
                    .isEqualTo(
                        "A geo-query needs georel, geometry and coordinates together (missing"
                            + " coordinates)"));
  }

  @Test
  void prefilterForTopologicalRelationsIsTheReferenceBox() {
    GeoQuery q =
        GeoQueryParser.parse("within", "Polygon", "[[[1,2],[3,2],[3,5],[1,5],[1,2]]]", null);
    assertThat(q.prefilter()).contains(List.of(new GeoBBox(1, 2, 3, 5)));
  }

  @Test
  void noPrefilterForDisjointOrMinDistance() {
    assertThat(GeoQueryParser.parse("disjoint", "Point", "[1,2]", null).prefilter()).isEmpty();
    assertThat(GeoQueryParser.parse("near;minDistance==5", "Point", "[1,2]", null).prefilter())
        .isEmpty();
  }

  @Test
  void nearPrefilterSplitsAtTheAntimeridian() {
    List<GeoBBox> boxes =
        GeoQueryParser.parse("near;maxDistance==100000", "Point", "[179.9,10]", null)
            .prefilter()
            .orElseThrow();
    assertThat(boxes).hasSize(2);
    assertThat(boxes.get(0).maxLon()).isEqualTo(180);
    assertThat(boxes.get(1).minLon()).isEqualTo(-180);
    assertThat(boxes.get(1).maxLon()).isCloseTo(-179.187, within(0.01));
    assertThat(boxes.get(0).minLat()).isCloseTo(10 - 0.8993, within(0.001));
  }

  @Test
  void nearPrefilterSpansAllLongitudesAtAPole() {
    List<GeoBBox> boxes =
        GeoQueryParser.parse("near;maxDistance==200000", "Point", "[45,89]", null)
            .prefilter()
            .orElseThrow();
    assertThat(boxes).hasSize(1);
    // 200 km is 1.79865 degrees of latitude; the cap covers the pole, so all longitudes
    assertThat(boxes.get(0).minLat()).isCloseTo(89 - 1.79865, within(1e-4));
    assertThat(boxes.get(0).toList().subList(2, 4)).containsExactly(180.0, 90.0);
    assertThat(boxes.get(0).minLon()).isEqualTo(-180);
  }

  @Test
  void nearPrefilterWidensLongitudeWithLatitude() {
    GeoBBox box =
        GeoQueryParser.parse("near;maxDistance==1000", "Point", "[13.4,60]", null)
            .prefilter()
            .orElseThrow()
            .get(0);
    // at 60 degrees a degree of longitude is half as long as at the equator
    assertThat(box.maxLon() - 13.4).isCloseTo(2 * (box.maxLat() - 60), within(1e-6));
  }

  @Test
  void bboxOfGeoJson() throws Exception {
    assertThat(
            GeoBBox.ofGeoJson(
                MAPPER.readTree(
                    "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[1,2],[3,2],[3,5],[1,2]]],"
                        + "[[[-4,0],[-3,0],[-3,1],[-4,0]]]]}")))
        .contains(new GeoBBox(-4, 0, 3, 5));
    assertThat(GeoBBox.ofGeoJson(MAPPER.readTree("{\"type\":\"Point\",\"coordinates\":[7,8]}")))
        .contains(new GeoBBox(7, 8, 7, 8));
    assertThat(GeoBBox.ofGeoJson(MAPPER.readTree("{\"type\":\"Point\"}"))).isEmpty();
  }
}
