package org.civicbroker.broker.storage;

import java.util.List;

/**
 * A collection every tenant database has, with the indexes declared for it. {@link TenantDatabases}
 * creates the indexes once per tenant database, on first use.
 *
 * @param name collection name
 * @param indexes ascending indexes, each given by its key paths
 */
public record CollectionSpec(String name, List<List<String>> indexes) {
  public CollectionSpec {
    indexes = indexes.stream().map(List::copyOf).toList();
  }

  /** A spec with one single-field ascending index per path. */
  public static CollectionSpec withSingleFieldIndexes(String name, String... paths) {
    return new CollectionSpec(name, java.util.Arrays.stream(paths).map(List::of).toList());
  }
}
