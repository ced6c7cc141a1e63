package org.civicbroker.broker.entity.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.civicbroker.broker.entity.query.QueryPage;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.query.type.TypeQuery;

/**
 * The in-memory index of one tenant: every entity by id (sorted, the stable result order), ids by
 * type, and catalog counts. Reads are lock-free; changes are serialised.
 */
final class TenantIndex {
  private final ConcurrentSkipListMap<String, IndexedEntity> byId = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, NavigableSet<String>> byType = new ConcurrentHashMap<>();
  private final CatalogCounts counts = new CatalogCounts();

  Optional<IndexedEntity> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  int size() {
    return byId.size();
  }

  /** Stores this copy unless the index already holds a newer one. */
  synchronized void put(Entity entity, long version) {
    String id = entity.id().value();
    IndexedEntity current = byId.get(id);
    if (current != null && !current.olderThan(entity, version)) {
      return;
    }
    for (String type : entity.types()) {
      byType.computeIfAbsent(type, t -> new ConcurrentSkipListSet<>()).add(id);
    }
    byId.put(id, IndexedEntity.of(entity, version));
    if (current != null) {
      counts.remove(current.entity());
      for (String type : current.entity().types()) {
        if (!entity.types().contains(type)) {
          removeFromType(type, id);
        }
      }
    }
    counts.add(entity);
  }

  /** Removes the entity if the index holds this copy or an older one. */
  synchronized void remove(Entity deleted, long version) {
    String id = deleted.id().value();
    IndexedEntity current = byId.get(id);
    if (current == null || current.newerThan(deleted, version)) {
      return;
    }
    byId.remove(id);
    counts.remove(current.entity());
    current.entity().types().forEach(type -> removeFromType(type, id));
  }

  /** One page of the matching entities in id order, and the total when {@code count}. */
  QueryPage query(EntityQuery query, int offset, int limit, boolean count) {
    List<Entity> page = new ArrayList<>(Math.min(limit, 100));
    long matched = 0;
    for (String id : candidates(query)) {
      IndexedEntity candidate = byId.get(id);
      if (candidate == null || !matches(query, candidate)) {
        continue;
      }
      if (matched >= offset && page.size() < limit) {
        page.add(candidate.entity());
      }
      matched++;
      if (!count && page.size() >= limit && matched > offset) {
        break;
      }
    }
    return new QueryPage(page, count ? matched : QueryPage.NOT_COUNTED);
  }

  synchronized List<TypeSummary> types() {
    return counts.types();
  }

  synchronized Optional<TypeSummary> type(String type) {
    return counts.type(type);
  }

  synchronized List<AttributeSummary> attributes() {
    return counts.attributes();
  }

  synchronized Optional<AttributeSummary> attribute(String name) {
    return counts.attribute(name);
  }

  private static boolean matches(EntityQuery query, IndexedEntity candidate) {
    return (query.geo() == null || candidate.mayMatch(query.geo()))
        && query.matches(candidate.entity());
  }

  /**
   * The ids to test, sorted: the union over the selectors of their ids or of the ids having the
   * types their type expressions require; every id when some selector cannot narrow it down.
   */
  private Collection<String> candidates(EntityQuery query) {
    if (query.selectors().isEmpty()) {
      return byId.keySet();
    }
    NavigableSet<String> union = new TreeSet<>();
    for (EntitySelector selector : query.selectors()) {
      Collection<String> ids = narrow(selector);
      if (ids == null) {
        return byId.keySet();
      }
      if (query.selectors().size() == 1) {
        return ids;
      }
      union.addAll(ids);
    }
    return union;
  }

  private Collection<String> narrow(EntitySelector selector) {
    if (selector.ids() != null) {
      return new TreeSet<>(selector.ids());
    }
    return selector.type() == null ? null : idsOfType(selector.type());
  }

  /** Ids that can satisfy the type expression (a superset), or null if it cannot narrow. */
  private Collection<String> idsOfType(TypeQuery type) {
    if (type instanceof TypeQuery.Name name) {
      return byType.getOrDefault(name.type(), new TreeSet<>());
    }
    if (type instanceof TypeQuery.And and) {
      Collection<String> smallest = null;
      for (TypeQuery term : and.terms()) {
        Collection<String> ids = idsOfType(term);
        if (ids != null && (smallest == null || ids.size() < smallest.size())) {
          smallest = ids;
        }
      }
      return smallest;
    }
    NavigableSet<String> union = new TreeSet<>();
    for (TypeQuery term : ((TypeQuery.Or) type).terms()) {
      Collection<String> ids = idsOfType(term);
      if (ids == null) {
        return null;
      }
      union.addAll(ids);
    }
    return union;
  }

  private void removeFromType(String type, String id) {
    NavigableSet<String> ids = byType.get(type);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        byType.remove(type, ids);
      }
    }
  }
}
