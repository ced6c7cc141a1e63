package org.civicbroker.broker.events;

/** What a committed write did to an entity. */
public enum ChangeKind {
  CREATED,
  UPDATED,
  REPLACED,
  DELETED
}
