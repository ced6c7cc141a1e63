package org.civicbroker.broker.entity.index;

import java.util.HashMap;
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
 * Counts of entity types, attribute names and attribute types of one tenant, kept up to date by
 * adding and removing entities. Not thread-safe: the tenant index serialises changes. Results are
 * ordered by expanded name.
 */
public final class CatalogCounts {
  private final Map<String, Long> typeCounts = new HashMap<>();
  private final Map<String, Map<String, Map<String, Long>>> attrUseByType = new HashMap<>();
  private final Map<String, Long> attrCounts = new HashMap<>();
  private final Map<String, Map<String, Long>> entityTypesByAttr = new HashMap<>();
  private final Map<String, Map<String, Long>> attrTypesByAttr = new HashMap<>();

  /**
   * Whether two copies of an entity count the same (same types, attribute names and attribute
   * types), so that replacing one by the other changes no count: most updates.
   */
  public static boolean sameShape(Entity a, Entity b) {
    if (!a.types().equals(b.types()) || !a.attributes().names().equals(b.attributes().names())) {
      return false;
    }
    for (String name : a.attributes().names()) {
      if (!attributeTypes(a.attributes().get(name))
          .equals(attributeTypes(b.attributes().get(name)))) {
        return false;
      }
    }
    return true;
  }

  public void add(Entity entity) {
    change(entity, 1);
  }

  public void remove(Entity entity) {
    change(entity, -1);
  }

  private void change(Entity entity, long delta) {
    for (String type : entity.types()) {
      bump(typeCounts, type, delta);
    }
    entity
        .attributes()
        .forEach(
            (name, instances) -> {
              bump(attrCounts, name, delta);
              Set<String> attrTypes = attributeTypes(instances);
              for (String attrType : attrTypes) {
                bump(attrTypesByAttr, name, attrType, delta);
              }
              for (String type : entity.types()) {
                bump(entityTypesByAttr, name, type, delta);
                Map<String, Map<String, Long>> uses =
                    attrUseByType.computeIfAbsent(type, k -> new HashMap<>());
                bump(uses, name, "", delta);
                for (String attrType : attrTypes) {
                  bump(uses, name, attrType, delta);
                }
                if (uses.isEmpty()) {
                  attrUseByType.remove(type);
                }
              }
            });
  }

  public List<TypeSummary> types() {
    return new TreeSet<>(typeCounts.keySet()).stream().map(this::typeSummary).toList();
  }

  public Optional<TypeSummary> type(String type) {
    return typeCounts.containsKey(type) ? Optional.of(typeSummary(type)) : Optional.empty();
  }

  public List<AttributeSummary> attributes() {
    return new TreeSet<>(attrCounts.keySet()).stream().map(this::attributeSummary).toList();
  }

  public Optional<AttributeSummary> attribute(String name) {
    return attrCounts.containsKey(name) ? Optional.of(attributeSummary(name)) : Optional.empty();
  }

  private TypeSummary typeSummary(String type) {
    Map<String, AttributeUse> uses = new TreeMap<>();
    attrUseByType
        .getOrDefault(type, Map.of())
        .forEach(
            (name, counts) -> {
              Set<String> attrTypes = new TreeSet<>(counts.keySet());
              attrTypes.remove("");
              uses.put(name, new AttributeUse(counts.getOrDefault("", 0L), attrTypes));
            });
    return new TypeSummary(type, typeCounts.get(type), uses);
  }

  private AttributeSummary attributeSummary(String name) {
    return new AttributeSummary(
        name,
        attrCounts.get(name),
        new TreeSet<>(entityTypesByAttr.getOrDefault(name, Map.of()).keySet()),
        new TreeSet<>(attrTypesByAttr.getOrDefault(name, Map.of()).keySet()));
  }

  private static Set<String> attributeTypes(List<Attribute> instances) {
    Set<String> types = new TreeSet<>();
    for (Attribute a : instances) {
      types.add(a.type().term());
    }
    return types;
  }

  private static void bump(Map<String, Long> counts, String key, long delta) {
    counts.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
  }

  private static void bump(
      Map<String, Map<String, Long>> counts, String key, String inner, long delta) {
    Map<String, Long> innerCounts = counts.computeIfAbsent(key, k -> new HashMap<>());
    bump(innerCounts, inner, delta);
    if (innerCounts.isEmpty()) {
      counts.remove(key);
    }
  }
}
