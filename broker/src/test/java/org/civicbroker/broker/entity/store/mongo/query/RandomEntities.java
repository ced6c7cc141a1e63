package org.civicbroker.broker.entity.store.mongo.query;

import static org.civicbroker.broker.entity.store.mongo.query.QueryTestContext.CORE;
import static org.civicbroker.broker.entity.store.mongo.query.QueryTestContext.EXAMPLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;
import org.civicbroker.model.id.EntityId;

/**
 * Seeded random entities of a few types for the differential tests, with values from {@link
 * RandomValues}: attributes of every type, sometimes of another type than usual for their name (a
 * Relationship or LanguageProperty temperature); multi-instance attributes with datasetIds;
 * sub-attributes with observedAt (sometimes sub-millisecond) and unitCode; scopes; an attribute
 * without instances now and then.
 */
public final class RandomEntities {
  private static final JsonNodeFactory JSON = RandomValues.JSON;

  private final RandomValues values;

  public RandomEntities(long seed) {
    this.values = new RandomValues(seed);
  }

  static String attr(String name) {
    return EXAMPLE + name;
  }

  public List<Entity> entities(int count) {
    List<Entity> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(entity(i));
    }
    return out;
  }

  private Entity entity(int n) {
    String type = values.pick(RandomValues.TYPES);
    List<String> types = new ArrayList<>(List.of(EXAMPLE + type));
    if (values.chance(15)) {
      String other = values.pick(RandomValues.TYPES);
      if (!other.equals(type)) {
        types.add(EXAMPLE + other);
      }
    }
    List<String> scopes = new ArrayList<>();
    if (values.chance(60)) {
      scopes.add(values.pick(RandomValues.SCOPES));
      if (values.chance(30) && !scopes.contains(RandomValues.SCOPES.get(1))) {
        scopes.add(RandomValues.SCOPES.get(1));
      }
    }
    Map<String, List<Attribute>> attrs = new LinkedHashMap<>();
    maybe(attrs, "temperature", 80, this::temperature);
    maybe(attrs, "status", 70, this::status);
    maybe(attrs, "name", 40, () -> List.of(new LanguageProperty(values.languageMap(), meta())));
    maybe(attrs, "flag", 50, () -> List.of(new Property(values.flag(), meta())));
    maybe(attrs, "dateObserved", 60, () -> instances(this::dateObserved));
    maybe(attrs, "address", 50, () -> List.of(new Property(values.address(), meta())));
    maybe(attrs, "refOwner", 50, this::owner);
    maybe(attrs, "category", 40, () -> List.of(new VocabProperty(values.vocab(), meta())));
    maybe(attrs, "readings", 40, () -> List.of(new ListProperty(values.readings(), meta())));
    maybe(attrs, "config", 30, () -> List.of(new JsonProperty(values.config(), meta())));
    maybe(attrs, "location", 70, () -> instances(() -> new GeoProperty(values.geometry(), meta())));
    maybe(attrs, "empty", 2, List::of);
    Instant created = values.chance(50) ? values.instant() : null;
    return new Entity(
        EntityId.of(String.format("urn:ngsi-ld:%s:%03d", type, n)),
        types,
        scopes,
        Attributes.of(attrs),
        created,
        created == null ? null : created.plusSeconds(60));
  }

  private void maybe(
      Map<String, List<Attribute>> attrs, String name, int percent, Supplier<List<Attribute>> a) {
    if (values.chance(percent)) {
      attrs.put(attr(name), a.get());
    }
  }

  /** One to three instances, the others with distinct datasetIds. */
  private List<Attribute> instances(Supplier<Attribute> one) {
    List<Attribute> out = new ArrayList<>();
    out.add(one.get());
    int more = values.chance(30) ? 1 + values.nextInt(2) : 0;
    for (int i = 0; i < more; i++) {
      Attribute a = one.get();
      out.add(withDataset(a, RandomValues.DATASETS.get(i)));
    }
    return out;
  }

  private static Attribute withDataset(Attribute a, String datasetId) {
    AttributeMeta m = a.meta().withDatasetId(datasetId);
    if (a instanceof Property p) {
      return p.withMeta(m);
    } else if (a instanceof GeoProperty g) {
      return g.withMeta(m);
    } else if (a instanceof Relationship r) {
      return r.withMeta(m);
    } else if (a instanceof LanguageProperty l) {
      return l.withMeta(m);
    }
    return a;
  }

  private List<Attribute> temperature() {
    if (values.chance(5)) {
      return List.of(
          new Relationship(List.of(values.pick(RandomValues.OBJECTS)), List.of(), meta()));
    }
    if (values.chance(5)) {
      return List.of(new LanguageProperty(values.languageMap(), meta()));
    }
    return instances(
        () -> {
          Map<String, List<Attribute>> sub = new LinkedHashMap<>();
          if (values.chance(40)) {
            sub.put(attr("accuracy"), List.of(new Property(values.number(), meta())));
          }
          return new Property(
              values.chance(75)
                  ? values.number()
                  : values.chance(30) ? values.text() : values.numbers(),
              new AttributeMeta(
                  null,
                  values.chance(70) ? values.instant() : null,
                  values.chance(50) ? (values.chance(80) ? "CEL" : "FAH") : null,
                  values.chance(30) ? values.instant() : null,
                  null,
                  Attributes.of(sub)));
        });
  }

  private List<Attribute> status() {
    int kind = values.nextInt(10);
    if (kind == 0) {
      return List.of(new VocabProperty(values.vocab(), meta()));
    } else if (kind == 1) {
      return List.of(new LanguageProperty(values.languageMap(), meta()));
    } else if (kind == 2) {
      ObjectNode typed =
          JSON.objectNode()
              .put("@type", EXAMPLE + "Text")
              .put("@value", values.pick(RandomValues.STRINGS));
      return List.of(new Property(typed, meta()));
    }
    return instances(
        () -> new Property(values.chance(80) ? values.text() : values.texts(), meta()));
  }

  private List<Attribute> owner() {
    if (values.chance(20)) {
      return List.of(
          new ListRelationship(
              List.of(values.pick(RandomValues.OBJECTS), values.pick(RandomValues.OBJECTS)),
              List.of(),
              meta()));
    }
    return instances(
        () ->
            new Relationship(
                values.chance(80)
                    ? List.of(values.pick(RandomValues.OBJECTS))
                    : List.of(values.pick(RandomValues.OBJECTS), values.pick(RandomValues.OBJECTS)),
                List.of(),
                meta()));
  }

  private Attribute dateObserved() {
    String s = values.pick(RandomValues.DATE_TIMES);
    JsonNode value;
    if (values.chance(20)) {
      String type = s.contains("T") ? "DateTime" : s.contains(":") ? "Time" : "Date";
      value = JSON.objectNode().put("@type", CORE + type).put("@value", s);
    } else {
      value =
          values.chance(10)
              ? JSON.arrayNode().add(s).add(values.pick(RandomValues.DATE_TIMES))
              : JSON.textNode(s);
    }
    return new Property(value, meta());
  }

  private AttributeMeta meta() {
    return new AttributeMeta(
        null, values.chance(30) ? values.instant() : null, null, null, null, Attributes.EMPTY);
  }
}
