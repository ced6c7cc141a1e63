package org.civicbroker.broker.storage.embedded;

import java.nio.charset.StandardCharsets;

/**
 * The column families of the embedded store, one per kind of data, each an ordered key space of its
 * own. Keys are laid out for their access paths by the adapters that own them; adding a column is
 * compatible (missing ones are created at open), removing or renaming one is a format change.
 */
public enum Column {
  /** Store metadata (format version, creation time); RocksDB's default column family. */
  META("default"),
  /** Interned names: 4-byte big-endian symbol id -> UTF-8 name. */
  SYMBOLS("symbols"),
  /** Tenants that exist: UTF-8 tenant name ("" for the default tenant) -> creation time. */
  TENANTS("tenants"),
  /** Entities: tenant key + entity id -> version + encoded entity. */
  ENTITIES("entities"),
  /** Subscriptions: tenant key + subscription id -> encoded definition, status and version. */
  SUBSCRIPTIONS("subscriptions"),
  /** Pending notifications: notification id -> encoded notification and delivery state. */
  OUTBOX("outbox"),
  /** Outbox index: when a notification may next be taken (8-byte millis) + id -> nothing. */
  OUTBOX_DUE("outbox-due");

  private final String familyName;

  Column(String familyName) {
    this.familyName = familyName;
  }

  /** The RocksDB column family name. */
  public byte[] familyName() {
    return familyName.getBytes(StandardCharsets.UTF_8);
  }
}
