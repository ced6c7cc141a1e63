package org.civicbroker.broker.storage.mongo;

import java.util.List;

/**
 * A collection every tenant database has, with the indexes declared for it. {@link TenantDatabases}
 * creates the indexes once per tenant database, on first use.
 *
 * @param name collection name
 * @param indexes ascending indexes, each given by its key paths
 * @param uniqueIndexes ascending unique indexes, each given by its key paths
 */
public record CollectionSpec(
    String name, List<List<String>> indexes, List<List<String>> uniqueIndexes) {
  public CollectionSpec {
    indexes = indexes.stream().map(List::copyOf).toList();
    uniqueIndexes = uniqueIndexes.stream().map(List::copyOf).toList();
  }

  /** A spec with one single-field ascending index per path. */
  public static CollectionSpec withSingleFieldIndexes(String name, String... paths) {
    return new CollectionSpec(
        name, java.util.Arrays.stream(paths).map(List::of).toList(), List.of());
  }

  /** This spec with one more unique index over {@code paths}. */
  public CollectionSpec withUniqueIndex(String... paths) {
    List<List<String>> unique = new java.util.ArrayList<>(uniqueIndexes);
    unique.add(List.of(paths));
    return new CollectionSpec(name, indexes, unique);
  }
}
