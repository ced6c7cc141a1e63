package org.civicbroker.broker.wiring.migration;

import java.nio.file.Path;
import org.civicbroker.broker.storage.embedded.StoreFormat.StoreFormatException;

/** The messages with which a data directory whose legacy store cannot be migrated is refused. */
final class LegacyRefusals {
  private LegacyRefusals() {}

  /** The legacy file at its first place (nothing changed yet) cannot be read. */
  static StoreFormatException unreadable(MigrationPaths paths, Throwable cause) {
    Path file = paths.legacyFile();
    return new StoreFormatException(
        "The data directory "
            + paths.dataDirectory()
            + " holds the store file of the broker's former embedded engine, "
            + file
            + ", which cannot be read ("
            + reason(cause)
            + "). It was left as it is and nothing was created."
            + lockHint(cause)
            + " To start on an empty store instead, move it out of the data directory: "
            + mv(file, besides(paths, "broker.mv.db.unreadable"))
            + " (or put a readable copy in its place).");
  }

  /** The legacy file, already moved aside by the migration, cannot be read. */
  static StoreFormatException unreadableMoved(MigrationPaths paths, Throwable cause) {
    return new StoreFormatException(
        "The store file of the broker's former embedded engine, moved aside to "
            + paths.movedFile()
            + " by its migration, cannot be read ("
            + reason(cause)
            + "); the new store was not created and nothing was deleted. To start on an empty"
            + " store instead, move it out of the data directory: "
            + mv(paths.legacyDirectory(), besides(paths, "legacy-h2"))
            + " (or put a readable copy at "
            + paths.movedFile()
            + ").");
  }

  static StoreFormatException twoLegacyFiles(MigrationPaths paths) {
    return new StoreFormatException(
        "The data directory "
            + paths.dataDirectory()
            + " holds two store files of the broker's former embedded engine: "
            + paths.legacyFile()
            + " and "
            + paths.movedFile()
            + " (moved aside by an earlier migration). Keep the one to migrate and move the other"
            + " out of the data directory, e.g. "
            + mv(paths.legacyFile(), besides(paths, "broker.mv.db")));
  }

  /** A store directory without FORMAT that the migration did not leave. */
  static StoreFormatException strayStore(MigrationPaths paths) {
    return new StoreFormatException(
        "The data directory "
            + paths.dataDirectory()
            + " holds a store directory "
            + paths.store()
            + " without its FORMAT file, beside an unfinished migration of the former embedded"
            + " engine's store ("
            + paths.movedFile()
            + "). The broker deletes neither. To migrate again, move the store directory out: "
            + mv(paths.store(), besides(paths, "rocksdb"))
            + "; if it is the store to keep, restore its FORMAT file instead.");
  }

  static StoreFormatException busy(MigrationPaths paths) {
    return new StoreFormatException(
        "Another broker is migrating the store of the former embedded engine in "
            + paths.dataDirectory()
            + " (it holds the lock in "
            + paths.legacyDirectory()
            + "); start this one when it is done.");
  }

  /** A migration that failed for another reason than the legacy file: it starts again. */
  static IllegalStateException failed(MigrationPaths paths, RuntimeException cause) {
    return new IllegalStateException(
        "Migrating the store of the broker's former embedded engine in "
            + paths.dataDirectory()
            + " failed ("
            + reason(cause)
            + "). The legacy file is kept, unchanged, in "
            + paths.movedFile()
            + ", and the migration starts again from it at the next start.",
        cause);
  }

  private static String reason(Throwable cause) {
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static String lockHint(Throwable cause) {
    String text = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return text.contains("lock")
        ? " If a broker of the former version still runs on it, stop that broker first."
        : "";
  }

  /** A path beside the data directory, named after it. */
  private static Path besides(MigrationPaths paths, String suffix) {
    Path dir = paths.dataDirectory();
    Path parent = dir.getParent() == null ? dir : dir.getParent();
    String name = dir.getFileName() == null ? "data" : dir.getFileName().toString();
    return parent.resolve(name + "-" + suffix);
  }

  private static String mv(Path from, Path to) {
    return "mv '" + from + "' '" + to + "'";
  }
}
