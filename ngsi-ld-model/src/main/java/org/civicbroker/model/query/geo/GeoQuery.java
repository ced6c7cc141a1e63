package org.civicbroker.model.query.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.jsonld.LdContext;
import org.locationtech.jts.geom.Geometry;

/**
 * A validated geo-query (GS CIM 009 clause 4.10, data type GeoQuery of clause 5.2.13): relation,
 * reference geometry and target GeoProperty. Built by {@link GeoQueryParser} with the geoproperty
 * as written (default {@code location}); {@link #resolve} expands it. Immutable; equality ignores
 * the cached JTS geometry.
 *
 * <p>Semantics of {@link #matches}: an entity matches when ANY instance of the target GeoProperty
 * satisfies the relation; entities without it never match. {@code near} uses distances on the
 * sphere ({@link Spherical}); the other relations are evaluated by JTS on planar lon/lat
 * coordinates (like MongoDB's legacy 2d queries), so geometries crossing the antimeridian are not
 * supported by them.
 */
public final class GeoQuery {
  private final GeoRel georel;
  private final GeometryType geometryType;
  private final JsonNode coordinates;
  private final String geoproperty;
  private final Geometry geometry;

  GeoQuery(
      GeoRel georel,
      GeometryType geometryType,
      JsonNode coordinates,
      String geoproperty,
      Geometry geometry) {
    this.georel = Objects.requireNonNull(georel, "georel");
    this.geometryType = Objects.requireNonNull(geometryType, "geometryType");
    this.coordinates = coordinates.deepCopy();
    this.geoproperty = Objects.requireNonNull(geoproperty, "geoproperty");
    this.geometry = geometry;
  }

  public GeoRel georel() {
    return georel;
  }

  public GeometryType geometryType() {
    return geometryType;
  }

  /** The reference geometry's GeoJSON coordinates (a copy). */
  public JsonNode coordinates() {
    return coordinates.deepCopy();
  }

  /** The target GeoProperty name: compact as parsed, expanded once resolved. */
  public String geoproperty() {
    return geoproperty;
  }

  /** The reference geometry in JTS (x = longitude, y = latitude). */
  public Geometry geometry() {
    return geometry.copy();
  }

  /** The reference geometry as a GeoJSON geometry object. */
  public ObjectNode geoJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", geometryType.geoJsonName());
    o.set("coordinates", coordinates.deepCopy());
    return o;
  }

  /** The same query with the geoproperty expanded as an attribute name. */
  public GeoQuery resolve(LdContext context) {
    return new GeoQuery(
        georel, geometryType, coordinates, context.expandAttributeName(geoproperty), geometry);
  }

  /** True when the entity (expanded names) matches; the query must be resolved. */
  public boolean matches(Entity entity) {
    return GeoEvaluator.matches(this, geometry, entity);
  }

  /** True when one GeoJSON geometry object satisfies the relation (false if it is invalid). */
  public boolean matchesGeometry(JsonNode geoJsonGeometry) {
    return GeoJsonGeometries.fromGeoJson(geoJsonGeometry)
        .map(g -> GeoEvaluator.test(georel, geometry, g))
        .orElse(false);
  }

  /**
   * Boxes for a storage pre-filter: a geometry can match only if its bounding box ({@link
   * GeoBBox#ofGeoJson}) intersects one of them. Empty when no box can be given ({@code disjoint},
   * {@code near;minDistance}). For {@code near;maxDistance} they bound the spherical buffer around
   * the reference geometry ({@link GeoBoxes}); for the other relations, the reference geometry's
   * own box.
   */
  public Optional<List<GeoBBox>> prefilter() {
    return switch (georel.relation()) {
      case DISJOINT, NEAR_MIN_DISTANCE -> Optional.empty();
      case NEAR_MAX_DISTANCE ->
          Optional.of(GeoBoxes.nearMax(geometry.getEnvelopeInternal(), georel.distance()));
      default -> Optional.of(List.of(GeoBoxes.of(geometry.getEnvelopeInternal())));
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoQuery other
        && georel.equals(other.georel)
        && geometryType == other.geometryType
        && coordinates.equals(other.coordinates)
        && geoproperty.equals(other.geoproperty);
  }

  @Override
  public int hashCode() {
    return Objects.hash(georel, geometryType, coordinates, geoproperty);
  }

  /**
   * The query as HTTP parameters: {@code georel=...&geometry=...&coordinates=...&geoproperty=...}.
   */
  @Override
  public String toString() {
    return "georel="
        + georel
        + "&geometry="
        + geometryType.geoJsonName()
        + "&coordinates="
        + coordinates
        + "&geoproperty="
        + geoproperty;
  }
}
