package org.civicbroker.broker.entity.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.broker.entity.store.EntityStore;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.id.EntityId;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.id.Uris;

/**
 * Finds the entities that the Relationships of a result point to, hop by hop up to the join level.
 * Each entity is fetched once, so cycles (A -> B -> A) end.
 */
@ApplicationScoped
public class LinkedEntities {
  private final EntityIndex index;
  private final EntityStore store;

  @Inject
  public LinkedEntities(EntityIndex index, EntityStore store) {
    this.index = index;
    this.store = store;
  }

  /** The linked entities by id, in breadth-first order, excluding the roots themselves. */
  public Uni<Map<String, Entity>> resolve(Tenant tenant, List<Entity> roots, int levels) {
    Set<String> known = new LinkedHashSet<>();
    roots.forEach(e -> known.add(e.id().value()));
    return hop(tenant, roots, levels, known, new LinkedHashMap<>());
  }

  /** The ids the entity's Relationships and ListRelationships point to, in attribute order. */
  public static Set<String> targets(Entity entity) {
    Set<String> ids = new LinkedHashSet<>();
    entity
        .attributes()
        .forEach(
            (name, instances) -> {
              for (Attribute a : instances) {
                if (a instanceof Relationship r) {
                  ids.addAll(r.objects());
                } else if (a instanceof ListRelationship l) {
                  ids.addAll(l.objectList());
                }
              }
            });
    return ids;
  }

  private Uni<Map<String, Entity>> hop(
      Tenant tenant,
      Collection<Entity> level,
      int remaining,
      Set<String> known,
      Map<String, Entity> found) {
    Set<String> next = new LinkedHashSet<>();
    for (Entity e : level) {
      for (String id : targets(e)) {
        if (known.add(id) && Uris.isAbsolute(id)) {
          next.add(id);
        }
      }
    }
    if (remaining <= 0 || next.isEmpty()) {
      return Uni.createFrom().item(found);
    }
    return fetch(tenant, next)
        .flatMap(
            fetched -> {
              List<Entity> ordered = new ArrayList<>();
              for (String id : next) {
                Entity e = fetched.get(id);
                if (e != null) {
                  found.put(id, e);
                  ordered.add(e);
                }
              }
              return hop(tenant, ordered, remaining - 1, known, found);
            });
  }

  private Uni<Map<String, Entity>> fetch(Tenant tenant, Set<String> ids) {
    if (index.serves()) {
      Map<String, Entity> result = new LinkedHashMap<>();
      for (String id : ids) {
        index.get(tenant, id).ifPresent(e -> result.put(id, e.value()));
      }
      return Uni.createFrom().item(result);
    }
    return store
        .findAll(tenant, ids.stream().map(EntityId::of).toList())
        .map(
            list -> {
              Map<String, Entity> result = new LinkedHashMap<>();
              for (Versioned<Entity> v : list) {
                result.put(v.value().id().value(), v.value());
              }
              return result;
            });
  }
}
