package org.civicbroker.broker.entity.codec;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SymbolTable} held in memory: lock-free lookups both ways, assignment serialised. Ids
 * start at 0 and are dense; symbols persisted elsewhere are loaded with {@link #restore} before
 * use, and new ids continue after the highest restored one.
 */
public final class MemorySymbolTable implements SymbolTable {
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final NewSymbolListener listener;

  /**
   * Names by id. Replaced (the same or a grown copy) after every change, so that a reader who
   * learned an id through {@link #ids} or through this field sees the name stored for it.
   */
  private volatile String[] names = new String[64];

  private int next; // guarded by this

  /** A table for purely in-memory use. */
  public MemorySymbolTable() {
    this(NewSymbolListener.NONE);
  }

  /** A table that tells {@code listener} of each new symbol before handing out its id. */
  public MemorySymbolTable(NewSymbolListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public int id(String name) {
    Integer id = ids.get(name);
    return id != null ? id : assign(name);
  }

  @Override
  public OptionalInt find(String name) {
    Integer id = ids.get(name);
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  @Override
  public String name(int id) {
    String[] current = names;
    String name = id >= 0 && id < current.length ? current[id] : null;
    if (name == null) {
      throw new IllegalArgumentException("Unknown symbol id " + id);
    }
    return name;
  }

  /**
   * Loads a persisted symbol (in any order). Restoring a symbol again with the same id is a no-op.
   *
   * @throws IllegalArgumentException if the id or the name is already bound otherwise
   */
  public synchronized void restore(int id, String name) {
    Objects.requireNonNull(name, "name");
    if (id < 0) {
      throw new IllegalArgumentException("Negative symbol id " + id);
    }
    Integer known = ids.get(name);
    String[] current = names;
    String bound = id < current.length ? current[id] : null;
    if (known != null && known == id && name.equals(bound)) {
      return;
    }
    if (known != null || bound != null) {
      throw new IllegalArgumentException(
          "Symbol " + id + " -> '" + name + "' conflicts with " + known + " / '" + bound + "'");
    }
    publish(id, name);
    next = Math.max(next, id + 1);
  }

  /** The number of ids handed out or restored so far, i.e. the next id to assign. */
  public synchronized int nextId() {
    return next;
  }

  private synchronized int assign(String name) {
    Objects.requireNonNull(name, "name");
    Integer known = ids.get(name);
    if (known != null) {
      return known;
    }
    int id = next;
    listener.assigned(id, name);
    publish(id, name);
    next = id + 1;
    return id;
  }

  /** Stores the name first, then the id: whoever finds the id can also find the name. */
  private void publish(int id, String name) {
    String[] current = names;
    if (id >= current.length) {
      current = Arrays.copyOf(current, Math.max(id + 1, current.length * 2));
    }
    current[id] = name;
    names = current;
    ids.put(name, id);
  }
}
