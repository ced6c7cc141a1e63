package org.civicbroker.broker.entity.batch;

import java.util.Set;
import org.civicbroker.broker.events.ChangeKind;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;

/**
 * One item's effect on its entity.
 *
 * @param next the entity after the item (null: deleted); {@code current} itself when unchanged
 * @param kind what the item did (null when unchanged)
 * @param changed expanded names of the attributes it created, changed or removed
 * @param created whether the item created the entity
 * @param report non-null when the item is reported as an error although it made this change (e.g.
 *     attributes kept by {@code noOverwrite})
 */
public record Step(
    Entity next, ChangeKind kind, Set<String> changed, boolean created, NgsiLdException report) {

  public Step {
    changed = Set.copyOf(changed);
  }

  /** The item leaves the entity as it is. */
  public static Step unchanged(Entity current) {
    return new Step(current, null, Set.of(), false, null);
  }

  /** The item leaves the entity as it is but is reported as an error. */
  public static Step unchanged(Entity current, NgsiLdException report) {
    return new Step(current, null, Set.of(), false, report);
  }

  public boolean changes() {
    return kind != null;
  }
}
