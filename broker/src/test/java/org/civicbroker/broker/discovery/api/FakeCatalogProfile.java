package org.civicbroker.broker.discovery.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** Runs the discovery resources over {@link FakeEntityCatalog}. */
public class FakeCatalogProfile implements QuarkusTestProfile {
  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(FakeEntityCatalog.class);
  }
}
