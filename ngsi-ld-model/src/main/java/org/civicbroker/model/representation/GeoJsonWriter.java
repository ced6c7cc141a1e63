package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.jsonld.LdContext;

/**
 * The GeoJSON representation ({@code Accept: application/geo+json}, GS CIM 009 clauses 4.5.16 and
 * 4.5.17): each entity is a Feature with its {@code id}, {@code "type": "Feature"}, a {@code
 * geometry} and {@code properties} holding the entity's {@code type}, {@code scope}, system members
 * and attributes in the chosen representation; lists of entities are a FeatureCollection.
 *
 * <p>The geometry is the value of the {@code geometryProperty} attribute (default {@code location};
 * its default instance, else its first), taken from the whole entity even when {@code attrs},
 * {@code pick} or {@code omit} leave that attribute out of {@code properties}; it is {@code null}
 * when the entity has no such GeoProperty. The {@code @context}, when the response carries it in
 * the body, goes at the top level of the Feature (single entity) or of the FeatureCollection
 * ({@link #withContext}).
 */
public final class GeoJsonWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final EntityWriter entities = new EntityWriter();

  /** One entity as a Feature. */
  public ObjectNode feature(Entity entity, RenderOptions options, LdContext ctx) {
    ObjectNode properties = entities.write(entity, options, ctx);
    ObjectNode feature = F.objectNode();
    JsonNode id = properties.remove(Members.ID);
    if (id != null) {
      feature.set(Members.ID, id);
    }
    feature.put(Members.TYPE, "Feature");
    feature.set("geometry", geometry(entity, options, ctx).orElse(F.nullNode()));
    feature.set("properties", properties);
    return feature;
  }

  /** Entities as a FeatureCollection. */
  public ObjectNode featureCollection(List<Entity> list, RenderOptions options, LdContext ctx) {
    ObjectNode collection = F.objectNode();
    collection.put(Members.TYPE, "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    list.forEach(e -> features.add(feature(e, options, ctx)));
    return collection;
  }

  /** Adds {@code @context} as the last member of a Feature or FeatureCollection. */
  public static ObjectNode withContext(ObjectNode node, JsonNode context) {
    node.set("@context", context);
    return node;
  }

  private static Optional<JsonNode> geometry(Entity e, RenderOptions o, LdContext ctx) {
    List<Attribute> instances = e.attributes().get(ctx.expandAttributeName(o.geometryProperty()));
    Optional<Attribute> chosen =
        instances.stream()
            .filter(a -> a.datasetId() == null)
            .findFirst()
            .or(() -> instances.stream().findFirst());
    return chosen
        .filter(GeoProperty.class::isInstance)
        .map(a -> ((GeoProperty) a).value().deepCopy());
  }
}
