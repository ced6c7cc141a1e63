package org.civicbroker.model.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.query.geo.GeoQuery;
import org.civicbroker.model.query.geo.GeoQueryParser;
import org.civicbroker.model.representation.Names;

/**
 * A subscription's {@code geoQ} (clause 5.2.13): the GeoQuery object as given, except that its
 * {@code geoproperty} (when given) is held expanded, and the query resolved from it.
 */
public final class SubscriptionGeoQ {
  private static final String GEOPROPERTY = "geoproperty";
  private static final java.util.List<String> MEMBERS =
      java.util.List.of("georel", "geometry", "coordinates", GEOPROPERTY);

  private final ObjectNode json;
  private final GeoQuery query;

  private SubscriptionGeoQ(ObjectNode json, GeoQuery query) {
    this.json = json;
    this.query = query;
  }

  /**
   * Reads the geoQ member; BadRequestData when it is not a valid GeoQuery. Members other than
   * georel, geometry, coordinates and geoproperty are dropped.
   */
  public static SubscriptionGeoQ read(JsonNode geoQ, LdContext ctx) {
    GeoQuery parsed = GeoQueryParser.fromJson(geoQ);
    ObjectNode json = ((ObjectNode) geoQ).deepCopy();
    json.retain(MEMBERS);
    JsonNode property = json.get(GEOPROPERTY);
    if (property != null) {
      Names.require(property.textValue(), "geoQ.geoproperty");
      json.set(GEOPROPERTY, TextNode.valueOf(ctx.expandAttributeName(property.textValue())));
    }
    return new SubscriptionGeoQ(json, parsed.resolve(ctx));
  }

  /** Rebuilds from {@link #json()} (geoproperty expanded), e.g. when loaded from storage. */
  public static SubscriptionGeoQ restore(ObjectNode json) {
    GeoQuery parsed = GeoQueryParser.fromJson(json);
    return new SubscriptionGeoQ(json.deepCopy(), parsed.resolve(ContextCompiler.coreOnly()));
  }

  /** The GeoQuery object with its geoproperty expanded (a copy). */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The resolved query. */
  public GeoQuery query() {
    return query;
  }

  /** The GeoQuery object with the geoproperty compacted for {@code ctx}. */
  public ObjectNode render(LdContext ctx) {
    ObjectNode out = json.deepCopy();
    JsonNode property = out.get(GEOPROPERTY);
    if (property != null) {
      out.set(GEOPROPERTY, TextNode.valueOf(ctx.compactAttributeName(property.textValue())));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubscriptionGeoQ other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(json);
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
