package org.civicbroker.model.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid geometries of every GeoJSON type pass (the invalid ones are in the reader table). */
class GeoJsonGeometryTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<JsonNode> valid() throws IOException {
    try (InputStream in = GeoJsonGeometryTest.class.getResourceAsStream("/geojson/valid.json")) {
      return StreamSupport.stream(MAPPER.readTree(in).spliterator(), false).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("valid")
  void acceptsAndCopies(JsonNode geometry) {
    JsonNode copy = GeoJsonGeometry.validate(geometry, "attribute 'location'");
    assertThat(copy).isEqualTo(geometry).isNotSameAs(geometry);
    assertThat(GeoJsonGeometry.looksLikeGeometry(geometry)).isTrue();
  }

  @Test
  void recognisesOnlyGeometryShapes() throws IOException {
    assertThat(GeoJsonGeometry.looksLikeGeometry(MAPPER.readTree("{\"type\":\"Point\"}")))
        .isFalse();
    assertThat(GeoJsonGeometry.looksLikeGeometry(MAPPER.readTree("{\"type\":\"Feature\"}")))
        .isFalse();
    assertThat(GeoJsonGeometry.looksLikeGeometry(MAPPER.readTree("[1,2]"))).isFalse();
  }

  @Test
  void namesTheAttributeInTheDetail() throws IOException {
    JsonNode bad = MAPPER.readTree("{\"type\":\"Point\",\"coordinates\":[0,95]}");
    assertThatThrownBy(() -> GeoJsonGeometry.validate(bad, "attribute 'location'"))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
              assertThat(e.detail()).startsWith("attribute 'location': latitude out of range");
            });
  }
}
