package org.civicbroker.broker.storage.embedded;

import java.nio.file.Path;

/**
 * Brings a data directory written by an earlier storage engine to the current store before {@link
 * EmbeddedStore} opens it (the migration of the former embedded engine's store is one). Runs on the
 * thread that opens the store, before anything reads it; a directory that cannot be brought up to
 * date is refused with a {@link StoreFormat.StoreFormatException} that says what to do.
 */
public interface DataDirectoryUpgrade {

  /** Upgrades the directory if it needs it; nothing otherwise. */
  void upgrade(Path dataDirectory, EmbeddedOptions options);
}
