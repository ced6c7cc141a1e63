package org.civicbroker.broker.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups: named by UTC time, one at a time, sized, refused on MongoDB. */
class BackupsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T04:15:00.750Z"), ZoneOffset.UTC);

  @TempDir Path root;

  @Test
  void aBackupIsANewDirectoryNamedByUtcTimeWithItsSize() {
    Backups backups = new Backups(true, BackupsTest::tenBytes, root, CLOCK);

    Backup first = backups.create().await().atMost(WAIT);
    Backup second = backups.create().await().atMost(WAIT);

    assertThat(first.name()).isEqualTo("backup-20261207T041500Z");
    assertThat(first.directory()).isEqualTo(root.resolve(first.name()).toAbsolutePath());
    assertThat(first.bytes()).isEqualTo(10);
    assertThat(first.at()).isEqualTo(Instant.parse("2026-12-07T04:15:00Z"));
    assertThat(second.name()).isEqualTo("backup-20261207T041500Z-2");
  }

  @Test
  void aSecondBackupWhileOneRunsIsAConflict() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Consumer<Path> slow =
        target -> {
          started.countDown();
          await(release);
          tenBytes(target);
        };
    Backups backups = new Backups(true, slow, root, CLOCK);

    CompletableFuture<Backup> running = backups.create().subscribeAsCompletionStage();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    Uni<Backup> second = backups.create();

    assertThatThrownBy(() -> second.await().atMost(WAIT))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.CONFLICT));
    release.countDown();
    assertThat(running.get(10, TimeUnit.SECONDS).bytes()).isEqualTo(10);
    assertThat(backups.create().await().atMost(WAIT).name()).endsWith("-2");
  }

  @Test
  void aFailedBackupLetsTheNextOneRun() {
    Consumer<Path> failing =
        target -> {
          throw new UncheckedIOException(new IOException("disk full"));
        };
    Backups broken = new Backups(true, failing, root, CLOCK);
    assertThatThrownBy(() -> broken.create().await().atMost(WAIT))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> broken.create().await().atMost(WAIT))
        .isInstanceOf(UncheckedIOException.class); // not a Conflict: the first one ended
  }

  @Test
  void onMongoDbABackupIsNotSupportedAndPointsToMongodump() {
    Backups backups = new Backups(false, BackupsTest::tenBytes, root, CLOCK);

    assertThatThrownBy(() -> backups.create().await().atMost(WAIT))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.OPERATION_NOT_SUPPORTED);
              assertThat(e.detail()).contains("mongodump");
            });
  }

  private static void tenBytes(Path target) {
    try {
      Files.createDirectories(target.resolve("rocksdb"));
      Files.write(target.resolve("rocksdb").resolve("data"), new byte[10]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
