package org.civicbroker.broker.wiring.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.StoreFormat.StoreFormatException;
import org.civicbroker.broker.storage.legacy.LegacyFixture;
import org.civicbroker.broker.storage.legacy.LegacyStoreWriter;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data directories the migration refuses, each with a message that names the file and says what to
 * do, and leaves as they are: nothing is deleted, nothing is created beside an unreadable file.
 * Directories that hold no legacy store are left to the store's own format check.
 */
class LegacyRefusalTest {
  @TempDir Path dataDir;

  private Path legacyFile() {
    return dataDir.toAbsolutePath().resolve("broker.mv.db");
  }

  private void migrate() {
    LegacyMigrationTest.migration(dataDir).runIfNeeded();
  }

  @Test
  void aFileThatIsNoStoreIsRefusedAndLeftInPlace() throws IOException {
    byte[] garbage = new byte[64 * 1024];
    Arrays.fill(garbage, (byte) 'x');
    Files.write(legacyFile(), garbage);

    assertRefusedUnchanged();
  }

  @Test
  void aTruncatedFileIsRefusedAndLeftInPlace() throws IOException {
    Path file = LegacyFixture.copyStoreTo(dataDir);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, 3000));

    assertRefusedUnchanged();
  }

  @Test
  void aFileStillOpenForWritingIsRefusedWithAHintToStopItsBroker() throws IOException {
    LegacyFixture.copyStoreTo(dataDir);
    try (MVStore open = new MVStore.Builder().fileName(legacyFile().toString()).open()) {
      assertThatThrownBy(this::migrate)
          .isInstanceOf(StoreFormatException.class)
          .hasMessageContaining(legacyFile().toString())
          .hasMessageContaining("stop that broker");
    }
    assertThat(contents(dataDir)).containsExactly("broker.mv.db");
  }

  @Test
  void aDocumentThatCannotBeMappedStopsTheMigrationAndNothingIsDeleted() throws IOException {
    try (LegacyStoreWriter writer = LegacyStoreWriter.create(dataDir)) {
      writer.put("ngsild", "entities", new Document("_id", "urn:ngsi-ld:X:1").append("types", 1));
    }
    String checksum = Checksums.sha256(legacyFile());
    Path moved = dataDir.toAbsolutePath().resolve("legacy-h2/broker.mv.db");

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(this::migrate)
          .isInstanceOf(StoreFormatException.class)
          .hasMessageContaining(moved.toString())
          .hasMessageContaining("urn:ngsi-ld:X:1")
          .hasMessageContaining("mv '" + moved.getParent() + "'");
      assertThat(contents(dataDir)).containsExactly("legacy-h2");
      assertThat(contents(moved.getParent())).containsExactly("broker.mv.db", "migration.lock");
      assertThat(Checksums.sha256(moved)).isEqualTo(checksum);
    }
  }

  @Test
  void twoLegacyFilesAreRefused() throws IOException {
    LegacyFixture.copyStoreTo(dataDir);
    Files.createDirectories(dataDir.resolve("legacy-h2"));
    LegacyFixture.copyStoreTo(dataDir.resolve("legacy-h2"));

    assertThatThrownBy(this::migrate)
        .isInstanceOf(StoreFormatException.class)
        .hasMessageContaining("two store files")
        .hasMessageContaining(legacyFile().toString());
  }

  @Test
  void aStoreDirectoryWithoutFormatBesideAnUnfinishedMigrationIsNeverDeleted() throws IOException {
    Files.createDirectories(dataDir.resolve("legacy-h2"));
    LegacyFixture.copyStoreTo(dataDir.resolve("legacy-h2"));
    Files.createDirectories(dataDir.resolve("rocksdb"));
    Files.writeString(dataDir.resolve("rocksdb/CURRENT"), "MANIFEST-000001\n");

    assertThatThrownBy(this::migrate)
        .isInstanceOf(StoreFormatException.class)
        .hasMessageContaining("without its FORMAT file")
        .hasMessageContaining("mv '" + dataDir.toAbsolutePath().resolve("rocksdb") + "'");
    assertThat(dataDir.resolve("rocksdb/CURRENT")).exists();
  }

  @Test
  void aMigrationUnderwayInAnotherBrokerIsWaitedFor() throws IOException {
    LegacyFixture.copyStoreTo(dataDir);
    Files.createDirectories(dataDir.resolve("legacy-h2"));
    try (FileChannel channel =
            FileChannel.open(
                dataDir.resolve("legacy-h2/migration.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertThatThrownBy(this::migrate)
          .isInstanceOf(StoreFormatException.class)
          .hasMessageContaining("Another broker is migrating");
    }
    assertThat(legacyFile()).exists();
  }

  @Test
  void unrelatedFilesKeepTheirMessage() throws IOException {
    Files.writeString(dataDir.resolve("notes.txt"), "mine");

    migrate();

    assertThatThrownBy(() -> EmbeddedStorage.open(dataDir, EmbeddedOptions.forTests()))
        .isInstanceOf(StoreFormatException.class)
        .hasMessageContaining("is not empty and holds no broker store (found notes.txt)")
        .hasMessageContaining("BROKER_STORAGE_PATH");
  }

  @Test
  void aNewerFormatKeepsItsMessageAndItsLegacyFileIsNotMigrated() throws IOException {
    Files.writeString(dataDir.resolve("FORMAT"), "civic-broker-embedded-store 99\n");
    String checksum = Checksums.sha256(LegacyFixture.copyStoreTo(dataDir));

    migrate();

    assertThatThrownBy(() -> EmbeddedStorage.open(dataDir, EmbeddedOptions.forTests()))
        .isInstanceOf(StoreFormatException.class)
        .hasMessageContaining("format 99")
        .hasMessageContaining("newer broker");
    assertThat(contents(dataDir)).containsExactly("FORMAT", "broker.mv.db");
    assertThat(Checksums.sha256(legacyFile())).isEqualTo(checksum);
  }

  /** The refusal of an unreadable file at its first place: named, with the command; no change. */
  private void assertRefusedUnchanged() throws IOException {
    String checksum = Checksums.sha256(legacyFile());

    assertThatThrownBy(this::migrate)
        .isInstanceOf(StoreFormatException.class)
        .hasMessageContaining(legacyFile() + ", which cannot be read")
        .hasMessageContaining("mv '" + legacyFile() + "'");

    assertThat(contents(dataDir)).containsExactly("broker.mv.db");
    assertThat(Checksums.sha256(legacyFile())).isEqualTo(checksum);
  }

  static List<String> contents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
