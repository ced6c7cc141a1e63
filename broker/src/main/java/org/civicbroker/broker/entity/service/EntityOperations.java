package org.civicbroker.broker.entity.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.SystemTimes;
import org.civicbroker.model.representation.AttributePatches;
import org.civicbroker.model.representation.EntityFragment;

/** The entity-level write operations of GS CIM 009 clause 5.6, as pure entity changes. */
public final class EntityOperations {
  private EntityOperations() {}

  /** 5.6.18 Replace Entity: new content, same id, creation time kept. */
  public static EntityOperation<Void> replace(Entity replacement) {
    return (current, now) -> {
      Set<String> touched = new LinkedHashSet<>(current.attributes().names());
      touched.addAll(replacement.attributes().names());
      Entity next = SystemTimes.created(replacement, now).withTimestamps(current.createdAt(), now);
      return new Outcome<>(next, touched, null);
    };
  }

  /** 5.6.17 Merge Entity: attributes merged, NGSI-LD Null removing, types added, scope set. */
  public static EntityOperation<Void> merge(EntityFragment fragment) {
    return (current, now) -> {
      Attributes attributes =
          AttributePatches.applyAll(current.attributes(), fragment.attributes());
      Entity next =
          current
              .withAttributes(attributes)
              .withTypes(union(current.types(), fragment.types()))
              .withScopes(fragment.scopes().orElse(current.scopes()));
      Set<String> touched = fragment.attributes().keySet();
      return new Outcome<>(Stamping.updated(current, next, touched, now), touched, null);
    };
  }

  static List<String> union(List<String> a, List<String> b) {
    if (b.isEmpty() || a.containsAll(b)) {
      return a;
    }
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
