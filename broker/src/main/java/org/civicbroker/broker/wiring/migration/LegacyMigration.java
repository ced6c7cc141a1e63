package org.civicbroker.broker.wiring.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.StoreFormat.StoreFormatException;
import org.civicbroker.broker.storage.legacy.LegacyH2Store;
import org.civicbroker.broker.storage.legacy.LegacyTenants;
import org.jboss.logging.Logger;

/**
 * Migrates a data directory of the broker's former embedded engine ({@code broker.mv.db}, no {@code
 * FORMAT}) to the current store, in the order of {@link MigrationPaths}: the legacy file is moved
 * aside, the new store is built beside it and moved into place, {@code FORMAT} last. A directory
 * with {@code FORMAT} is a store whatever else happened; one without it but with the legacy file
 * (at either place) has a migration to do or to finish: an unfinished build is discarded and done
 * again from the legacy file, a finished one is moved into place. So a broker that stops at any
 * point migrates completely at its next start, and the legacy file is never changed or deleted.
 */
final class LegacyMigration {
  private static final Logger LOG = Logger.getLogger(LegacyMigration.class);
  static final int BATCH = 1000;

  private final MigrationPaths paths;
  private final EmbeddedOptions options;
  private final LegacyTenants names;
  private final int batchSize;
  private final MigrationStep.Listener steps;

  LegacyMigration(Path dataDirectory, EmbeddedOptions options, LegacyTenants names) {
    this(dataDirectory, options, names, BATCH, MigrationStep.Listener.NONE);
  }

  LegacyMigration(
      Path dataDirectory,
      EmbeddedOptions options,
      LegacyTenants names,
      int batchSize,
      MigrationStep.Listener steps) {
    this.paths = new MigrationPaths(dataDirectory);
    this.options = options;
    this.names = names;
    this.batchSize = batchSize;
    this.steps = steps;
  }

  /**
   * Migrates the directory's legacy store, or finishes its unfinished migration; what was copied,
   * or empty when there was nothing to migrate.
   */
  Optional<MigrationSummary> runIfNeeded() {
    if (Files.exists(paths.format())) {
      tidyAfterCommit();
      return Optional.empty();
    }
    if (!pending()) {
      return Optional.empty();
    }
    if (Files.isRegularFile(paths.legacyFile())) {
      probe();
    }
    try (Locked locked = lock()) {
      if (Files.exists(paths.format()) || !pending()) {
        return Optional.empty();
      }
      return Optional.of(migrate());
    }
  }

  /** Whether a legacy file waits for migration (at its first place or moved aside). */
  private boolean pending() {
    boolean fresh = Files.isRegularFile(paths.legacyFile());
    boolean moved = Files.isRegularFile(paths.movedFile());
    if (fresh && moved) {
      throw LegacyRefusals.twoLegacyFiles(paths);
    }
    return fresh || moved;
  }

  /** Opens the legacy file and counts its collections before anything is changed. */
  private void probe() {
    try (LegacyH2Store legacy = LegacyH2Store.open(paths.dataDirectory())) {
      for (String database : legacy.databases()) {
        for (String collection : legacy.collections(database)) {
          legacy.count(database, collection);
        }
      }
    } catch (RuntimeException e) {
      throw LegacyRefusals.unreadable(paths, e);
    }
  }

  private MigrationSummary migrate() {
    long began = System.nanoTime();
    if (Files.isRegularFile(paths.legacyFile())) {
      LOG.warnf(
          "Found the store of the broker's former embedded engine, %s: migrating it to the"
              + " current store. The file is moved to %s and kept there unchanged.",
          paths.legacyFile(), paths.movedFile());
      MigrationPaths.move(paths.legacyFile(), paths.movedFile());
      steps.reached(MigrationStep.LEGACY_FILE_MOVED);
    } else {
      LOG.warnf("Resuming the unfinished migration of %s", paths.movedFile());
    }
    try {
      MigrationSummary summary =
          Files.exists(paths.builtMarker()) ? MigrationSummary.read(paths.builtMarker()) : build();
      commit();
      LOG.infof(
          "Migrated the former embedded store in %d ms: %s. The legacy file stays in %s (summary"
              + " in %s); remove it once the broker runs well on the new store.",
          (System.nanoTime() - began) / 1_000_000,
          summary.describe(),
          paths.movedFile(),
          paths.marker());
      return summary;
    } catch (StoreFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw LegacyRefusals.failed(paths, e);
    }
  }

  /** Builds the complete new store in {@code legacy-h2/migrating/}, its summary last. */
  private MigrationSummary build() {
    if (Files.exists(paths.store())) {
      throw LegacyRefusals.strayStore(paths);
    }
    MigrationPaths.deleteTree(paths.building());
    MigrationSummary summary;
    try (LegacyH2Store legacy = openMoved();
        EmbeddedStorage target = EmbeddedStorage.open(paths.building(), relaxed(options))) {
      summary = new LegacyCopy(legacy, target, names, batchSize, steps).copyAll(paths.movedFile());
    } catch (UnreadableLegacyStore e) {
      MigrationPaths.deleteTree(paths.building());
      throw LegacyRefusals.unreadableMoved(paths, e);
    }
    summary.write(paths.builtMarker());
    steps.reached(MigrationStep.STORE_BUILT);
    return summary;
  }

  private LegacyH2Store openMoved() {
    try {
      return LegacyH2Store.open(paths.legacyDirectory());
    } catch (RuntimeException e) {
      throw new UnreadableLegacyStore("opening " + paths.movedFile(), e);
    }
  }

  /** Moves the built store into place, {@code FORMAT} last; finishes a half-done move. */
  private void commit() {
    if (Files.exists(paths.builtStore())) {
      if (Files.exists(paths.store())) {
        throw LegacyRefusals.strayStore(paths);
      }
      MigrationPaths.move(paths.builtStore(), paths.store());
      steps.reached(MigrationStep.STORE_MOVED);
    } else if (!Files.isDirectory(paths.store())) {
      throw new IllegalStateException(
          "The migrated store is neither in " + paths.builtStore() + " nor in " + paths.store());
    }
    try {
      MigrationPaths.sync(paths.builtFormat());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MigrationPaths.move(paths.builtFormat(), paths.format());
    steps.reached(MigrationStep.COMMITTED);
    tidyAfterCommit();
  }

  /** After the commit: the summary to {@code legacy-h2/MIGRATED}, the empty build removed. */
  private void tidyAfterCommit() {
    if (Files.isRegularFile(paths.builtMarker())) {
      MigrationPaths.move(paths.builtMarker(), paths.marker());
    }
    try {
      Files.deleteIfExists(paths.building());
    } catch (DirectoryNotEmptyException e) {
      LOG.warnf("Left %s in place: it is not empty", paths.building());
    } catch (IOException e) {
      LOG.warnf("Cannot remove %s: %s", paths.building(), e.getMessage());
    }
  }

  /** The migration lock, held until closed. */
  private Locked lock() {
    try {
      FileLock lock = paths.tryLock();
      if (lock == null) {
        throw LegacyRefusals.busy(paths);
      }
      return new Locked(lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock " + paths.legacyDirectory(), e);
    }
  }

  private record Locked(FileLock lock) implements AutoCloseable {
    @Override
    public void close() {
      try {
        lock.channel().close();
      } catch (IOException e) {
        LOG.debugf("Closing the migration lock: %s", e.getMessage());
      }
    }
  }

  /**
   * The options of the store being built: no sync per commit (a crash discards the build anyway);
   * closing the store syncs its log, and the files are moved into place only after that.
   */
  private static EmbeddedOptions relaxed(EmbeddedOptions options) {
    return new EmbeddedOptions(
        false, options.cacheBytes(), options.writeQueue(), options.maxGroup());
  }
}
