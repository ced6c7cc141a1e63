package org.civicbroker.broker.admin.backup;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.civicbroker.broker.config.BackupConfig;
import org.civicbroker.broker.storage.embedded.EmbeddedStore;
import org.civicbroker.broker.wiring.StorageMode;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Online backups of the embedded store: a checkpoint (a consistent copy at one commit, files
 * hard-linked where the file system allows) into a new directory under {@code broker.backup.path}
 * named by the UTC time. One at a time: a second request while one runs is a Conflict. With MongoDB
 * the broker holds no data of its own to copy: OperationNotSupported, use {@code mongodump}.
 */
@ApplicationScoped
public class Backups {
  private static final DateTimeFormatter NAMES =
      DateTimeFormatter.ofPattern("'backup-'uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final boolean embedded;
  private final Consumer<Path> checkpoint;
  private final Path root;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();

  @Inject
  Backups(StorageMode mode, Instance<EmbeddedStore> store, BackupConfig config) {
    this(
        mode.embedded(),
        target -> store.get().storage().checkpoint(target),
        Path.of(config.path()),
        Clock.systemUTC());
  }

  /**
   * @param embedded whether the broker runs on its embedded store
   * @param checkpoint writes a checkpoint of the store into a directory that does not exist yet
   */
  Backups(boolean embedded, Consumer<Path> checkpoint, Path root, Clock clock) {
    this.embedded = embedded;
    this.checkpoint = checkpoint;
    this.root = root;
    this.clock = clock;
  }

  /** Makes a backup on a worker thread; fails at once when one is running or on MongoDB. */
  public Uni<Backup> create() {
    if (!embedded) {
      return Uni.createFrom()
          .failure(
              new NgsiLdException(
                  ErrorType.OPERATION_NOT_SUPPORTED,
                  "This broker stores its data in MongoDB: back it up with MongoDB's own tools"
                      + " (mongodump --uri=<connection string> --out=<directory>, or the"
                      + " snapshots of your MongoDB service); POST /admin/backup backs up the"
                      + " embedded store only"));
    }
    if (!running.compareAndSet(false, true)) {
      return Uni.createFrom()
          .failure(
              new NgsiLdException(
                  ErrorType.CONFLICT, "A backup is being made; try again once it is done"));
    }
    return Uni.createFrom()
        .item(this::backup)
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .eventually(() -> running.set(false));
  }

  private Backup backup() {
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    try {
      Files.createDirectories(root);
      Path target = freeName(root.toAbsolutePath().normalize(), NAMES.format(at));
      checkpoint.accept(target);
      return new Backup(target.getFileName().toString(), target, size(target), at);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a backup under " + root.toAbsolutePath(), e);
    }
  }

  /** {@code name}, or {@code name-2}, {@code name-3}... when backups were made in that second. */
  private static Path freeName(Path directory, String name) {
    Path target = directory.resolve(name);
    for (int n = 2; Files.exists(target); n++) {
      target = directory.resolve(name + "-" + n);
    }
    return target;
  }

  private static long size(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(Backups::fileSize).sum();
    }
  }

  private static long fileSize(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
