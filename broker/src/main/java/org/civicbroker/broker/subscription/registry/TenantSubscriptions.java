package org.civicbroker.broker.subscription.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.model.query.EntitySelector;
import org.civicbroker.model.subscription.Subscription;

/**
 * The subscriptions of one tenant, indexed for the matcher: by entity id (selectors with an id), by
 * entity type (selectors with a type but no id), by watched attribute (subscriptions without
 * entities), plus those whose selectors name neither (they may match any entity), and the periodic
 * ones. Reads are lock-free; writers are serialized and add new index entries before removing stale
 * ones, so a reader never misses a subscription that exists before and after a write.
 */
final class TenantSubscriptions {
  private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byEntityId = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byType = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byWatched = new ConcurrentHashMap<>();
  private final Set<String> anyEntity = ConcurrentHashMap.newKeySet();
  private final Set<String> periodic = ConcurrentHashMap.newKeySet();

  /** Where a subscription is indexed. */
  private record IndexKeys(
      Set<String> entityIds,
      Set<String> types,
      Set<String> watched,
      boolean any,
      boolean periodic) {

    static IndexKeys of(Subscription s) {
      Set<String> ids = new HashSet<>();
      Set<String> types = new HashSet<>();
      boolean any = false;
      for (EntitySelector selector : s.entities()) {
        if (selector.ids() != null) {
          ids.addAll(selector.ids());
        } else if (selector.type() != null) {
          types.addAll(selector.type().names());
        } else {
          any = true;
        }
      }
      Set<String> watched = s.entities().isEmpty() ? Set.copyOf(s.watchedAttributes()) : Set.of();
      return new IndexKeys(ids, types, watched, any, s.isPeriodic());
    }
  }

  synchronized void put(Subscription s) {
    Subscription old = byId.put(s.id(), s);
    IndexKeys keys = IndexKeys.of(s);
    add(byEntityId, keys.entityIds(), s.id());
    add(byType, keys.types(), s.id());
    add(byWatched, keys.watched(), s.id());
    flag(anyEntity, keys.any(), s.id());
    flag(periodic, keys.periodic(), s.id());
    if (old != null) {
      IndexKeys stale = IndexKeys.of(old);
      remove(byEntityId, minus(stale.entityIds(), keys.entityIds()), s.id());
      remove(byType, minus(stale.types(), keys.types()), s.id());
      remove(byWatched, minus(stale.watched(), keys.watched()), s.id());
    }
  }

  synchronized void remove(String id) {
    Subscription old = byId.remove(id);
    if (old != null) {
      IndexKeys stale = IndexKeys.of(old);
      remove(byEntityId, stale.entityIds(), id);
      remove(byType, stale.types(), id);
      remove(byWatched, stale.watched(), id);
      anyEntity.remove(id);
      periodic.remove(id);
    }
  }

  Optional<Subscription> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Collection<Subscription> all() {
    return List.copyOf(byId.values());
  }

  Set<String> ids() {
    return Set.copyOf(byId.keySet());
  }

  int size() {
    return byId.size();
  }

  /** A superset of the subscriptions that may match a change of this entity. */
  List<Subscription> candidates(
      String entityId, Collection<String> types, Collection<String> attrs) {
    Set<String> ids = new LinkedHashSet<>(byEntityId.getOrDefault(entityId, Set.of()));
    types.forEach(t -> ids.addAll(byType.getOrDefault(t, Set.of())));
    ids.addAll(anyEntity);
    attrs.forEach(a -> ids.addAll(byWatched.getOrDefault(a, Set.of())));
    return resolve(ids);
  }

  List<Subscription> periodic() {
    return resolve(periodic);
  }

  private List<Subscription> resolve(Collection<String> ids) {
    List<Subscription> found = new ArrayList<>(ids.size());
    for (String id : ids) {
      Subscription s = byId.get(id);
      if (s != null) {
        found.add(s);
      }
    }
    return found;
  }

  private static void add(Map<String, Set<String>> index, Set<String> keys, String id) {
    keys.forEach(k -> index.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(id));
  }

  private static void remove(Map<String, Set<String>> index, Set<String> keys, String id) {
    for (String k : keys) {
      index.computeIfPresent(
          k,
          (x, ids) -> {
            ids.remove(id);
            return ids.isEmpty() ? null : ids;
          });
    }
  }

  private static void flag(Set<String> set, boolean on, String id) {
    if (on) {
      set.add(id);
    } else {
      set.remove(id);
    }
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.removeAll(b);
    return out;
  }
}
