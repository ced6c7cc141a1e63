package org.civicbroker.broker.entity.service;

import java.util.Set;
import org.civicbroker.model.entity.Entity;

/**
 * What an operation on a stored entity decided: the entity to store (null: nothing to write), the
 * expanded names of the attributes it changed, and the operation's result for the caller.
 */
public record Outcome<R>(Entity next, Set<String> changed, R result) {
  public Outcome {
    changed = Set.copyOf(changed);
  }

  public static <R> Outcome<R> unchanged(R result) {
    return new Outcome<>(null, Set.of(), result);
  }

  public boolean writes() {
    return next != null;
  }
}
