package org.civicbroker.broker.entity.batch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.EntityQuery;

/**
 * What Purge Entities (GS CIM 009 V1.9.1, {@code DELETE /entities}) does to each matching entity:
 * deletes it, or with {@code drop} deletes only the listed attributes, or with {@code keep} deletes
 * every attribute except the listed ones (the entity stays in both cases). Names are expanded.
 */
public record Purge(Set<String> keep, Set<String> drop) {

  public Purge {
    keep = Set.copyOf(keep);
    drop = Set.copyOf(drop);
    if (!keep.isEmpty() && !drop.isEmpty()) {
      throw NgsiLdException.badData("'keep' and 'drop' cannot be used together");
    }
  }

  /** Deletes whole entities. */
  public static Purge entities() {
    return new Purge(Set.of(), Set.of());
  }

  /**
   * The change for one matching entity: it applies only while the entity still matches {@code
   * query} (it may have changed since it was found); an entity gone meanwhile is no error.
   */
  ItemChange change(EntityQuery query) {
    return (current, now) -> {
      if (current == null || !query.matches(current)) {
        return Step.unchanged(current);
      }
      if (keep.isEmpty() && drop.isEmpty()) {
        return new Step(null, ChangeKind.DELETED, current.attributes().names(), false, null);
      }
      return withoutAttributes(current, now);
    };
  }

  private Step withoutAttributes(Entity current, Instant now) {
    Map<String, List<Attribute>> kept = new LinkedHashMap<>();
    Set<String> removed = new LinkedHashSet<>();
    current
        .attributes()
        .forEach(
            (name, instances) -> {
              boolean remove = drop.isEmpty() ? !keep.contains(name) : drop.contains(name);
              if (remove) {
                removed.add(name);
              } else {
                kept.put(name, instances);
              }
            });
    if (removed.isEmpty()) {
      return Step.unchanged(current);
    }
    Entity next =
        current.withAttributes(Attributes.of(kept)).withTimestamps(current.createdAt(), now);
    return new Step(next, ChangeKind.UPDATED, removed, false, null);
  }
}
