package org.civicbroker.broker.events;

/** What a committed write did to an entity. */
public enum ChangeKind {
  CREATED,
  UPDATED,
  REPLACED,
  DELETED,
  /**
   * Written by an import ({@code POST /admin/import}) as it was in another store, timestamps
   * included: {@code after} replaces whatever was there. A migration, not a change: it updates
   * indexes and replicas but triggers no notification.
   */
  IMPORTED
}
