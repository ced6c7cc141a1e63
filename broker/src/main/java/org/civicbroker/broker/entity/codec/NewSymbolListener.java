package org.civicbroker.broker.entity.codec;

/**
 * Told of every symbol a {@link MemorySymbolTable} assigns, once, before the id is handed out, so
 * that a store can persist the symbol before any value referring to it is written.
 */
@FunctionalInterface
public interface NewSymbolListener {
  NewSymbolListener NONE = (id, name) -> {};

  /**
   * Called under the table's assignment lock; an exception aborts the assignment (the name stays
   * unassigned) and reaches the caller of {@link SymbolTable#id(String)}.
   */
  void assigned(int id, String name);
}
