package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How entity queries are answered ({@code broker.query.*}). */
@ConfigMapping(prefix = "broker.query")
public interface QueryConfig {

  /** {@code index}: the in-memory index (default); {@code store}: the store's own queries. */
  @WithDefault("index")
  Engine engine();

  /** Page size when the request gives no {@code limit}. */
  @WithDefault("20")
  int defaultLimit();

  /** Largest {@code limit} accepted; above it the request fails with TooManyResults. */
  @WithDefault("1000")
  int maxLimit();

  /** Deepest {@code joinLevel} followed for linked entities. */
  @WithDefault("5")
  int maxJoinLevel();

  /** Where queries are evaluated. */
  enum Engine {
    INDEX,
    STORE
  }
}
