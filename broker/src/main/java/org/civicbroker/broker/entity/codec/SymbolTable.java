package org.civicbroker.broker.entity.codec;

import java.util.OptionalInt;

/**
 * Small dense integer ids for the bounded vocabularies of stored entities: entity types and
 * attribute names (sub-attribute names included). Implementations are thread-safe; an id, once
 * assigned, never changes.
 */
public interface SymbolTable {

  /** The id of {@code name}, assigning a new one if the name has none yet. */
  int id(String name);

  /** The id of {@code name} if it has one; never assigns. */
  OptionalInt find(String name);

  /**
   * The name with that id.
   *
   * @throws IllegalArgumentException if no name has that id
   */
  String name(int id);
}
