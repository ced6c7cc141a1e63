package org.civicbroker.broker.wiring.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.legacy.LegacyFixture;
import org.civicbroker.broker.storage.legacy.LegacyTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration stopped at any step, by an exception or by the death of its process, is completed by
 * the next start, and the result equals, byte for byte, that of a migration never stopped; the
 * legacy file is unchanged throughout.
 */
class MigrationRestartTest {
  private static final int BATCH = 2;

  @TempDir static Path referenceDir;
  private static Map<String, Map<String, String>> reference;
  private static Map<String, String> referenceNotifications;
  private static MigrationSummary referenceSummary;
  private static String checksum;

  @TempDir Path dataDir;

  @BeforeAll
  static void migrateWithoutStopping() throws IOException {
    checksum = Checksums.sha256(LegacyFixture.copyStoreTo(referenceDir));
    referenceSummary = LegacyMigrationTest.migration(referenceDir).runIfNeeded().orElseThrow();
    try (MigratedStore store = MigratedStore.open(referenceDir)) {
      reference = store.dump();
      referenceNotifications = store.notifications();
    }
  }

  @ParameterizedTest
  @EnumSource(MigrationStep.class)
  void aMigrationThatFailsAtAnyStepIsCompletedByTheNextStart(MigrationStep step)
      throws IOException {
    LegacyFixture.copyStoreTo(dataDir);
    List<MigrationStep> passed = new ArrayList<>();
    MigrationStep.Listener crash =
        s -> {
          passed.add(s);
          if (s == step && (s != MigrationStep.BATCH_WRITTEN || count(passed, s) == 2)) {
            throw new SimulatedCrash(s);
          }
        };

    Throwable failure = catchThrowable(() -> migration(crash).runIfNeeded());

    assertThat(rootCause(failure)).isInstanceOf(SimulatedCrash.class);
    assertThat(dataDir.resolve("FORMAT").toFile().exists())
        .isEqualTo(step == MigrationStep.COMMITTED);
    assertCompletedByTheNextStart();
  }

  @ParameterizedTest
  @CsvSource({"BATCH_WRITTEN, 4", "STORE_BUILT, 1", "STORE_MOVED, 1"})
  void aMigrationWhoseProcessDiesIsCompletedByTheNextStart(MigrationStep step, int occurrence)
      throws Exception {
    LegacyFixture.copyStoreTo(dataDir);
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-child.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                MigrationCrashChild.class.getName(),
                dataDir.toString(),
                step.name(),
                Integer.toString(occurrence))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(MigrationCrashChild.HALTED);
    assertThat(dataDir.resolve("FORMAT")).doesNotExist();

    assertCompletedByTheNextStart();
  }

  private void assertCompletedByTheNextStart() throws IOException {
    migration(MigrationStep.Listener.NONE).runIfNeeded();

    try (MigratedStore store = MigratedStore.open(dataDir)) {
      Map<String, Map<String, String>> dump = store.dump();
      reference.forEach(
          (column, entries) -> {
            assertThat(dump.get(column).keySet()).as(column).isEqualTo(entries.keySet());
            assertThat(dump.get(column)).as(column).isEqualTo(entries);
          });
      assertThat(store.notifications()).isEqualTo(referenceNotifications);
    }
    assertThat(Checksums.sha256(dataDir.resolve("legacy-h2/broker.mv.db"))).isEqualTo(checksum);
    assertThat(MigrationSummary.read(dataDir.resolve("legacy-h2/MIGRATED")).tenants())
        .isEqualTo(referenceSummary.tenants());
    assertThat(LegacyRefusalTest.contents(dataDir.resolve("legacy-h2")))
        .containsExactly("MIGRATED", "broker.mv.db", "migration.lock");
    assertThat(LegacyRefusalTest.contents(dataDir))
        .containsExactly("FORMAT", "legacy-h2", "rocksdb");
  }

  private LegacyMigration migration(MigrationStep.Listener steps) {
    return new LegacyMigration(
        dataDir, EmbeddedOptions.forTests(), LegacyTenants.DEFAULT, BATCH, steps);
  }

  private static long count(List<MigrationStep> passed, MigrationStep step) {
    return passed.stream().filter(step::equals).count();
  }

  private static Throwable rootCause(Throwable t) {
    Throwable root = t;
    while (root != null && root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  /** What a test throws to stop a migration at a step. */
  static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash(MigrationStep step) {
      super("simulated crash at " + step);
    }
  }
}
