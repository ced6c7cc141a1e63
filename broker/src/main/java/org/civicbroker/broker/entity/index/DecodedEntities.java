package org.civicbroker.broker.entity.index;

import java.util.function.Function;
import org.civicbroker.model.entity.Entity;

/**
 * The entities kept decoded, beside their encoded form, because queries read them again and again
 * (dashboards repeat their queries): at most {@code capacity}, chosen by the CLOCK algorithm (an
 * approximation of least-recently-used: an entity used since the hand last passed it gets a second
 * chance). A hit costs one field read; only admissions take the lock.
 */
final class DecodedEntities {
  private final IndexedEntity[] slots;
  private int hand;

  DecodedEntities(int capacity) {
    this.slots = new IndexedEntity[Math.max(0, capacity)];
  }

  /** The decoded entity, from the ring or decoded now (and admitted). */
  Entity get(IndexedEntity e, Function<IndexedEntity, Entity> decoder) {
    Entity known = peek(e);
    if (known != null) {
      return known;
    }
    Entity decoded = decoder.apply(e);
    admit(e, decoded);
    return decoded;
  }

  /** The decoded entity if the ring holds it (marked used), else null. */
  Entity peek(IndexedEntity e) {
    Entity known = e.decoded;
    if (known != null) {
      e.referenced = true;
    }
    return known;
  }

  private synchronized void admit(IndexedEntity e, Entity decoded) {
    if (slots.length == 0 || e.decoded != null) {
      return;
    }
    for (int tries = 0; tries < 2 * slots.length; tries++) {
      IndexedEntity occupant = slots[hand];
      if (occupant != null && occupant.referenced) {
        occupant.referenced = false;
        hand = (hand + 1) % slots.length;
        continue;
      }
      if (occupant != null) {
        occupant.decoded = null;
      }
      e.decoded = decoded;
      slots[hand] = e;
      hand = (hand + 1) % slots.length;
      return;
    }
  }
}
