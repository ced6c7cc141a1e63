package org.civicbroker.model.query.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds {@link GeoQuery} values from the query parameters {@code georel}, {@code geometry}, {@code
 * coordinates} and {@code geoproperty} (clause 4.10) or from a GeoQuery JSON object (clause 5.2.13,
 * e.g. a subscription's {@code geoQ}). {@code coordinates} is JSON array text ({@code [8,40]});
 * leniently, the outermost brackets may be left out ({@code 8,40}). A JSON string holding such text
 * is accepted where a JSON value is given (clause 5.2.13). Any invalid part is {@code
 * BadRequestData} with a detail naming it.
 */
public final class GeoQueryParser {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final int MAX_COORDINATES_LENGTH = 1 << 20;

  /** The target GeoProperty when none is given (clause 4.7.1). */
  public static final String DEFAULT_GEOPROPERTY = "location";

  private GeoQueryParser() {}

  /** Parses the HTTP parameters; {@code geoproperty} may be null (then {@code location}). */
  public static GeoQuery parse(
      String georel, String geometry, String coordinates, String geoproperty) {
    if (georel == null || geometry == null || coordinates == null) {
      throw NgsiLdException.badData(
          "A geo-query needs georel, geometry and coordinates together (missing "
              + (georel == null ? "georel" : geometry == null ? "geometry" : "coordinates")
              + ")");
    }
    return build(GeoRel.parse(georel), geometry, coordinatesJson(coordinates), geoproperty);
  }

  /** Parses a GeoQuery object: {@code {georel, geometry, coordinates, geoproperty?}}. */
  public static GeoQuery fromJson(JsonNode geoQ) {
    if (geoQ == null || !geoQ.isObject()) {
      throw NgsiLdException.badData("geoQ: must be a JSON object");
    }
    JsonNode c = geoQ.get("coordinates");
    if (c != null && c.isTextual()) {
      c = coordinatesJson(c.textValue());
    }
    if (c == null || !c.isArray()) {
      throw NgsiLdException.badData("geoQ: coordinates must be a JSON array (or a string of one)");
    }
    return build(
        GeoRel.parse(text(geoQ, "georel")),
        text(geoQ, "geometry"),
        c,
        geoQ.has("geoproperty") ? text(geoQ, "geoproperty") : null);
  }

  private static String text(JsonNode o, String member) {
    JsonNode v = o.get(member);
    if (v == null || !v.isTextual()) {
      throw NgsiLdException.badData("geoQ: " + member + " must be a string");
    }
    return v.textValue();
  }

  private static GeoQuery build(GeoRel rel, String geometry, JsonNode coords, String geoproperty) {
    GeometryType type =
        GeometryType.of(geometry)
            .orElseThrow(
                () ->
                    NgsiLdException.badData(
                        "geometry: expected Point, MultiPoint, LineString, MultiLineString,"
                            + " Polygon or MultiPolygon but found "
                            + Uris.quote(geometry)));
    Geometry jts;
    try {
      jts = GeoJsonGeometries.toJts(type, coords);
    } catch (IllegalArgumentException e) {
      throw NgsiLdException.badData(
          "coordinates: not valid for a " + type.geoJsonName() + ": " + e.getMessage());
    }
    String property = geoproperty == null ? DEFAULT_GEOPROPERTY : geoproperty;
    if (property.isEmpty()) {
      throw NgsiLdException.badData("geoproperty: empty");
    }
    return new GeoQuery(rel, type, coords, property, jts);
  }

  private static JsonNode coordinatesJson(String text) {
    String t = text.strip();
    if (t.length() > MAX_COORDINATES_LENGTH) {
      throw NgsiLdException.badData("coordinates: too long");
    }
    if (!t.startsWith("[")) {
      t = "[" + t + "]";
    }
    try {
      JsonNode node = MAPPER.readTree(t);
      if (node == null || !node.isArray()) {
        throw NgsiLdException.badData("coordinates: expected a JSON array");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw NgsiLdException.badData(
          "coordinates: not a JSON array: "
              + Uris.quote(text)
              + " ("
              + e.getOriginalMessage()
              + ")");
    }
  }
}
