package org.civicbroker.broker.wiring.migration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.civicbroker.broker.storage.legacy.LegacyFixture;

/**
 * A data directory holding a copy of the legacy-h2 fixture's store file, under {@code target/},
 * given to the application as {@code broker.storage.path}.
 */
public class LegacyDataDirectory implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    try {
      Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
      Path dataDirectory = Files.createTempDirectory(target, "legacy-migration-");
      LegacyFixture.copyStoreTo(dataDirectory);
      return Map.of("broker.storage.path", dataDirectory.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // left under target/ for inspection
  }
}
