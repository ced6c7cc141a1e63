package org.civicbroker.broker.wiring.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.civicbroker.broker.storage.embedded.StoreFormat;
import org.civicbroker.broker.storage.legacy.LegacyH2Store;

/**
 * The files of a migration in a data directory {@code D}, and the file operations it is made of.
 * Everything the migration writes before its end is inside {@code D/legacy-h2/}:
 *
 * <pre>
 * D/broker.mv.db                    the legacy store, before the migration
 * D/legacy-h2/broker.mv.db          the same file, moved aside first (never changed, never deleted)
 * D/legacy-h2/migration.lock        held while a broker migrates
 * D/legacy-h2/migrating/            the new store being built: FORMAT, rocksdb/, and MIGRATED once
 *                                   it is complete
 * D/rocksdb, D/FORMAT               moved from migrating/ at the end, FORMAT last (the commit)
 * D/legacy-h2/MIGRATED              the summary (counts, time), moved from migrating/ after that
 * </pre>
 *
 * Moves are atomic renames inside one file system, and the directories are synced after each.
 */
record MigrationPaths(Path dataDirectory) {
  static final String MARKER = "MIGRATED";

  MigrationPaths {
    dataDirectory = dataDirectory.toAbsolutePath().normalize();
  }

  Path legacyFile() {
    return dataDirectory.resolve(LegacyH2Store.FILE_NAME);
  }

  Path legacyDirectory() {
    return dataDirectory.resolve(StoreFormat.LEGACY_DIRECTORY);
  }

  Path movedFile() {
    return legacyDirectory().resolve(LegacyH2Store.FILE_NAME);
  }

  Path marker() {
    return legacyDirectory().resolve(MARKER);
  }

  /** The data directory in which the new store is built. */
  Path building() {
    return legacyDirectory().resolve("migrating");
  }

  Path builtMarker() {
    return building().resolve(MARKER);
  }

  Path format() {
    return StoreFormat.formatFile(dataDirectory);
  }

  Path store() {
    return StoreFormat.storeDirectory(dataDirectory);
  }

  Path builtFormat() {
    return StoreFormat.formatFile(building());
  }

  Path builtStore() {
    return StoreFormat.storeDirectory(building());
  }

  /** Takes the migration lock; null when another process holds it. */
  FileLock tryLock() throws IOException {
    Files.createDirectories(legacyDirectory());
    FileChannel channel =
        FileChannel.open(
            legacyDirectory().resolve("migration.lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
    }
    return lock;
  }

  /** Renames {@code from} to {@code to} atomically, then syncs the directories involved. */
  static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(to.getParent());
      syncDirectory(from.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + from + " to " + to, e);
    }
  }

  /** Writes a file whole: a temporary file, synced, renamed into place. */
  static void writeAtomically(Path file, String content) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, content);
      sync(temporary);
      move(temporary, file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Forces a file's content to the device. */
  static void sync(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /** Forces a directory's entries (renames) to the device, where the platform allows it. */
  static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform can sync a directory; the rename itself is still atomic
    }
  }

  /** Deletes a directory and what it holds; nothing when it does not exist. */
  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              if (e != null) {
                throw e;
              }
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + root, e);
    }
  }
}
