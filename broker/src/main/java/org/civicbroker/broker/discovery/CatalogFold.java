package org.civicbroker.broker.discovery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeUse;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;

/**
 * Folds entities into the summaries of {@link EntityCatalog}: per entity type the entities having
 * it and, per attribute name, how many of them have the attribute with which attribute types; per
 * attribute name the entities having it, their types and the attribute types seen. An entity with
 * several types counts once for each. Not thread-safe: one fold per computation. Results are
 * ordered by expanded name.
 */
public final class CatalogFold {
  private final Map<String, TypeCounts> types = new TreeMap<>();
  private final Map<String, AttributeCounts> attributes = new TreeMap<>();

  /** Adds one entity to the counts. */
  public CatalogFold add(Entity entity) {
    Map<String, Set<String>> attributeTypes = attributeTypes(entity);
    for (String type : entity.types()) {
      types.computeIfAbsent(type, t -> new TypeCounts()).add(attributeTypes);
    }
    attributeTypes.forEach(
        (name, kinds) ->
            attributes
                .computeIfAbsent(name, n -> new AttributeCounts())
                .add(entity.types(), kinds));
    return this;
  }

  public List<TypeSummary> types() {
    return types.entrySet().stream().map(e -> e.getValue().summary(e.getKey())).toList();
  }

  public Optional<TypeSummary> type(String type) {
    return Optional.ofNullable(types.get(type)).map(counts -> counts.summary(type));
  }

  public List<AttributeSummary> attributes() {
    return attributes.entrySet().stream().map(e -> e.getValue().summary(e.getKey())).toList();
  }

  public Optional<AttributeSummary> attribute(String name) {
    return Optional.ofNullable(attributes.get(name)).map(counts -> counts.summary(name));
  }

  /** Attribute name -> the attribute types of its instances (terms such as {@code Property}). */
  private static Map<String, Set<String>> attributeTypes(Entity entity) {
    Map<String, Set<String>> result = new TreeMap<>();
    entity
        .attributes()
        .forEach(
            (name, instances) -> {
              Set<String> kinds = new TreeSet<>();
              for (Attribute instance : instances) {
                kinds.add(instance.type().term());
              }
              result.put(name, kinds);
            });
    return result;
  }

  private static final class TypeCounts {
    private long entities;
    private final Map<String, AttributeCounts> attributes = new TreeMap<>();

    void add(Map<String, Set<String>> attributeTypes) {
      entities++;
      attributeTypes.forEach(
          (name, kinds) ->
              attributes.computeIfAbsent(name, n -> new AttributeCounts()).add(List.of(), kinds));
    }

    TypeSummary summary(String type) {
      Map<String, AttributeUse> uses = new TreeMap<>();
      attributes.forEach(
          (name, counts) ->
              uses.put(name, new AttributeUse(counts.entities, Set.copyOf(counts.kinds))));
      return new TypeSummary(type, entities, Map.copyOf(uses));
    }
  }

  private static final class AttributeCounts {
    private long entities;
    private final Set<String> entityTypes = new TreeSet<>();
    private final Set<String> kinds = new TreeSet<>();

    void add(List<String> types, Set<String> attributeTypes) {
      entities++;
      entityTypes.addAll(types);
      kinds.addAll(attributeTypes);
    }

    AttributeSummary summary(String name) {
      return new AttributeSummary(name, entities, Set.copyOf(entityTypes), Set.copyOf(kinds));
    }
  }
}
