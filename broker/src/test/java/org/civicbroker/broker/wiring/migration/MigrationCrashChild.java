package org.civicbroker.broker.wiring.migration;

import java.nio.file.Path;
import org.civicbroker.broker.storage.embedded.EmbeddedOptions;
import org.civicbroker.broker.storage.legacy.LegacyTenants;

/**
 * Run in a JVM of its own by {@link MigrationRestartTest}: migrates a data directory and halts the
 * JVM (no shutdown hooks, no closing of the store) at the n-th time it passes a step.
 */
public final class MigrationCrashChild {
  static final int HALTED = 86;

  private MigrationCrashChild() {}

  /** Arguments: data directory, step, occurrence (1 = the first time). */
  public static void main(String[] args) {
    Path dataDirectory = Path.of(args[0]);
    MigrationStep step = MigrationStep.valueOf(args[1]);
    int occurrence = Integer.parseInt(args[2]);
    int[] seen = {0};
    new LegacyMigration(
            dataDirectory,
            EmbeddedOptions.forTests(),
            LegacyTenants.DEFAULT,
            1,
            s -> {
              if (s == step && ++seen[0] == occurrence) {
                Runtime.getRuntime().halt(HALTED);
              }
            })
        .runIfNeeded();
    System.exit(0);
  }
}
