package org.civicbroker.broker.storage.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.rocksdb.Checkpoint;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

/**
 * Online snapshots of the store: a checkpoint is a complete data directory (FORMAT file and the
 * store's files at one commit), which a broker can be started on as it is. RocksDB hard-links the
 * immutable files when the target is on the same file system, and copies them otherwise.
 */
final class Checkpoints {
  private Checkpoints() {}

  static void create(RocksDB db, Path dataDirectory, Path target) {
    if (Files.exists(target)) {
      throw new IllegalArgumentException("The backup target " + target + " already exists");
    }
    try {
      Files.createDirectories(target);
      try (Checkpoint checkpoint = Checkpoint.create(db)) {
        checkpoint.createCheckpoint(StoreFormat.storeDirectory(target).toString());
      }
      Files.copy(
          dataDirectory.resolve(StoreFormat.FILE),
          target.resolve(StoreFormat.FILE),
          StandardCopyOption.COPY_ATTRIBUTES);
    } catch (RocksDBException e) {
      throw StorageFailures.of(e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the backup to " + target, e);
    }
  }
}
