package org.civicbroker.model.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable, insertion-ordered map from expanded attribute names to their instances (at most one
 * per datasetId; the default instance has a null datasetId). Used for entity attributes and for
 * sub-attributes alike.
 */
public final class Attributes {
  public static final Attributes EMPTY = new Attributes(Map.of());

  private final Map<String, List<Attribute>> byName;

  private Attributes(Map<String, List<Attribute>> byName) {
    this.byName = byName;
  }

  /** Copies the given map; the caller guarantees datasetId uniqueness (readers validate it). */
  public static Attributes of(Map<String, List<Attribute>> map) {
    if (map.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<Attribute>> copy = new LinkedHashMap<>();
    map.forEach((name, instances) -> copy.put(name, List.copyOf(instances)));
    return new Attributes(Collections.unmodifiableMap(copy));
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  public int size() {
    return byName.size();
  }

  public Set<String> names() {
    return byName.keySet();
  }

  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** All instances of the attribute, or an empty list. */
  public List<Attribute> get(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The instance with the given datasetId (null = default instance). */
  public Optional<Attribute> instance(String name, String datasetId) {
    for (Attribute a : get(name)) {
      if (Objects.equals(a.datasetId(), datasetId)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  public Map<String, List<Attribute>> asMap() {
    return byName;
  }

  public void forEach(BiConsumer<String, List<Attribute>> action) {
    byName.forEach(action);
  }

  /** A copy with all instances of {@code name} replaced by {@code instances}. */
  public Attributes with(String name, List<Attribute> instances) {
    Map<String, List<Attribute>> copy = new LinkedHashMap<>(byName);
    copy.put(name, List.copyOf(instances));
    return new Attributes(Collections.unmodifiableMap(copy));
  }

  /** A copy where the instance with the same datasetId as {@code instance} is replaced or added. */
  public Attributes withInstance(String name, Attribute instance) {
    List<Attribute> instances = new ArrayList<>(get(name));
    instances.removeIf(a -> Objects.equals(a.datasetId(), instance.datasetId()));
    instances.add(instance);
    return with(name, instances);
  }

  /** A copy without the attribute (all its instances). */
  public Attributes without(String name) {
    if (!byName.containsKey(name)) {
      return this;
    }
    Map<String, List<Attribute>> copy = new LinkedHashMap<>(byName);
    copy.remove(name);
    return copy.isEmpty() ? EMPTY : new Attributes(Collections.unmodifiableMap(copy));
  }

  /** A copy without the one instance with that datasetId; drops the name when none remain. */
  public Attributes withoutInstance(String name, String datasetId) {
    List<Attribute> instances = new ArrayList<>(get(name));
    instances.removeIf(a -> Objects.equals(a.datasetId(), datasetId));
    return instances.isEmpty() ? without(name) : with(name, instances);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attributes other && byName.equals(other.byName);
  }

  @Override
  public int hashCode() {
    return byName.hashCode();
  }

  @Override
  public String toString() {
    return byName.toString();
  }
}
