package org.civicbroker.broker.entity.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.civicbroker.broker.entity.codec.EntityCodec;
import org.civicbroker.broker.entity.store.QueryPage;
import org.civicbroker.broker.entity.store.Versioned;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.query.geo.GeoBBox;
import org.civicbroker.model.query.type.TypeQuery;

/**
 * The in-memory index of one tenant: every entity by id (sorted, the stable result order), ids by
 * type, and catalog counts. Entities are held encoded ({@link IndexedEntity}); a query decodes, of
 * each candidate, only the attributes its filter reads, and the page's entities whole. Reads are
 * lock-free; changes are serialised.
 */
final class TenantIndex {
  private final EntityCodec codec;
  private final DecodedEntities decoded;
  private final ConcurrentSkipListMap<String, IndexedEntity> byId = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, ConcurrentSkipListMap<String, IndexedEntity>> byType =
      new ConcurrentHashMap<>();
  private final CatalogCounts counts = new CatalogCounts();
  private long countedOnly;
  private long bytes;

  TenantIndex(EntityCodec codec, DecodedEntities decoded) {
    this.codec = codec;
    this.decoded = decoded;
  }

  /**
   * Counts-only mode (the store answers queries): updates the catalog counts for an entity that
   * changed from {@code before} to {@code after} (either null when created or deleted), holding no
   * entity.
   */
  synchronized void count(Entity before, Entity after) {
    if (before != null) {
      counts.remove(before);
      countedOnly--;
    }
    if (after != null) {
      counts.add(after);
      countedOnly++;
    }
  }

  Optional<Versioned<Entity>> get(String id) {
    IndexedEntity e = byId.get(id);
    return e == null
        ? Optional.empty()
        : Optional.of(new Versioned<>(codec.decode(e.data()), e.version()));
  }

  /**
   * The whole entity for a query result, from the cache of entities recently in results (queries
   * that dashboards repeat read the same entities again and again).
   */
  private Entity decode(IndexedEntity e) {
    return decoded.get(e, k -> codec.decode(k.data()));
  }

  /** The estimated heap the tenant's entities take in the index. */
  synchronized long estimatedBytes() {
    return bytes;
  }

  int size() {
    return byId.isEmpty() ? (int) countedOnly : byId.size();
  }

  /** Stores this copy unless the index already holds a newer one. */
  void put(Entity entity, long version) {
    put(entity, version, null);
  }

  /**
   * Stores this copy unless the index already holds a newer one. {@code before}: the copy the write
   * started from (at {@code version - 1}), when known; it saves decoding the replaced copy.
   */
  void put(Entity entity, long version, Entity before) {
    IndexedEntity indexed = IndexedEntity.of(entity, codec.encode(entity), version);
    store(indexed, entity, before);
  }

  private synchronized void store(IndexedEntity indexed, Entity entity, Entity before) {
    String id = entity.id().value();
    long version = indexed.version();
    IndexedEntity current = byId.get(id);
    if (current != null && !current.olderThan(entity, version)) {
      return;
    }
    for (String type : entity.types()) {
      byType.computeIfAbsent(type, t -> new ConcurrentSkipListMap<>()).put(id, indexed);
    }
    byId.put(id, indexed);
    bytes += indexed.estimatedBytes(id) - (current == null ? 0 : current.estimatedBytes(id));
    if (current == null) {
      counts.add(entity);
      return;
    }
    Entity previous =
        before != null && current.version() == version - 1 ? before : codec.decode(current.data());
    if (CatalogCounts.sameShape(previous, entity)) {
      return;
    }
    counts.remove(previous);
    for (String type : previous.types()) {
      if (!entity.types().contains(type)) {
        removeFromType(type, id);
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
    bytes -= current.estimatedBytes(id);
    Entity previous = codec.decode(current.data());
    counts.remove(previous);
    previous.types().forEach(type -> removeFromType(type, id));
  }

  /** One page of the matching entities in id order, and the total when {@code count}. */
  QueryPage query(EntityQuery query, int offset, int limit, boolean count) {
    List<Entity> page = new ArrayList<>(Math.min(limit, 100));
    List<GeoBBox> boxes = query.geo() == null ? null : query.geo().prefilter().orElse(null);
    String geoproperty = query.geo() == null ? null : query.geo().geoproperty().intern();
    Set<String> names = QueryNeeds.of(query);
    EntityCodec.Selection needs = names == null ? null : codec.selection(names);
    long matched = 0;
    for (IndexedEntity candidate : candidates(query)) {
      if (!matches(query, geoproperty, boxes, needs, !count, candidate)) {
        continue;
      }
      if (matched >= offset && page.size() < limit) {
        page.add(decode(candidate));
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

  /**
   * Whether a candidate matches, decoding what the filter reads: a whole entity that stays decoded
   * ({@code keep}: the query stops at its page, as repeated dashboard queries do) or, for scans
   * that count everything, only the attributes the filter needs.
   */
  private boolean matches(
      EntityQuery query,
      String geoproperty,
      List<GeoBBox> boxes,
      EntityCodec.Selection needs,
      boolean keep,
      IndexedEntity candidate) {
    if (boxes != null && !candidate.mayMatch(geoproperty, boxes)) {
      return false;
    }
    Entity known = decoded.peek(candidate);
    if (known == null && (needs == null || keep)) {
      known = decode(candidate);
    }
    return query.matches(known != null ? known : codec.decode(candidate.data(), needs));
  }

  /**
   * The entities to test, in id order: the union over the selectors of their ids or of the entities
   * having the types their type expressions require; every entity when some selector cannot narrow
   * it down.
   */
  private Collection<IndexedEntity> candidates(EntityQuery query) {
    if (query.selectors().isEmpty()) {
      return byId.values();
    }
    NavigableMap<String, IndexedEntity> union = new TreeMap<>();
    for (EntitySelector selector : query.selectors()) {
      NavigableMap<String, IndexedEntity> entities = narrow(selector);
      if (entities == null) {
        return byId.values();
      }
      if (query.selectors().size() == 1) {
        return entities.values();
      }
      union.putAll(entities);
    }
    return union.values();
  }

  private NavigableMap<String, IndexedEntity> narrow(EntitySelector selector) {
    if (selector.ids() != null) {
      NavigableMap<String, IndexedEntity> found = new TreeMap<>();
      for (String id : selector.ids()) {
        IndexedEntity e = byId.get(id);
        if (e != null) {
          found.put(id, e);
        }
      }
      return found;
    }
    return selector.type() == null ? null : ofType(selector.type());
  }

  /** Entities that can satisfy the type expression (a superset), or null if it cannot narrow. */
  private NavigableMap<String, IndexedEntity> ofType(TypeQuery type) {
    if (type instanceof TypeQuery.Name name) {
      NavigableMap<String, IndexedEntity> entities = byType.get(name.type());
      return entities == null ? new TreeMap<>() : entities;
    }
    if (type instanceof TypeQuery.And and) {
      NavigableMap<String, IndexedEntity> smallest = null;
      for (TypeQuery term : and.terms()) {
        NavigableMap<String, IndexedEntity> entities = ofType(term);
        if (entities != null && (smallest == null || entities.size() < smallest.size())) {
          smallest = entities;
        }
      }
      return smallest;
    }
    NavigableMap<String, IndexedEntity> union = new TreeMap<>();
    for (TypeQuery term : ((TypeQuery.Or) type).terms()) {
      NavigableMap<String, IndexedEntity> entities = ofType(term);
      if (entities == null) {
        return null;
      }
      union.putAll(entities);
    }
    return union;
  }

  private void removeFromType(String type, String id) {
    ConcurrentSkipListMap<String, IndexedEntity> entities = byType.get(type);
    if (entities != null) {
      entities.remove(id);
      if (entities.isEmpty()) {
        byType.remove(type, entities);
      }
    }
  }
}
