package org.civicbroker.broker.wiring.migration;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The application on a data directory of the former embedded engine ({@link LegacyDataDirectory}).
 */
public class LegacyDataProfile implements QuarkusTestProfile {
  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(LegacyDataDirectory.class));
  }
}
