package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of the broker's HTTP API ({@code broker.*}). */
@ConfigMapping(prefix = "broker")
public interface BrokerConfig {

  Limits limits();

  Contexts contexts();

  /** Request limits. */
  interface Limits {
    /** Largest accepted request body in bytes (env BROKER_LIMITS_MAX_BODY_BYTES). */
    @WithDefault("2097152")
    int maxBodyBytes();

    /** Deepest accepted JSON nesting of a request body. */
    @WithDefault("64")
    int maxJsonDepth();

    /**
     * Most entities the broker holds, over all tenants (0: no limit). Creations beyond it are
     * refused with 507, so the broker never accepts data it could not hold in its index after a
     * restart (env BROKER_LIMITS_MAX_ENTITIES).
     */
    @WithDefault("0")
    long maxEntities();

    /**
     * Share of the maximum heap the in-memory entity index may fill (by its own estimate) before
     * creations are refused with 507; the rest serves requests, caches and notifications. 0
     * disables the check (env BROKER_LIMITS_HEAP_BUDGET_PERCENT).
     */
    @WithDefault("60")
    int heapBudgetPercent();
  }

  /** Remote JSON-LD context fetching and caching. */
  interface Contexts {
    /** Timeout for fetching one remote context document. */
    @WithDefault("5s")
    Duration fetchTimeout();

    /** How long a fetched document stays cached. */
    @WithDefault("1h")
    Duration cacheTtl();

    /** Most distinct documents and compiled contexts kept. */
    @WithDefault("1000")
    int cacheSize();

    /** Largest accepted remote context document in bytes. */
    @WithDefault("1048576")
    int maxDocumentBytes();

    /** Most nested remote contexts followed for one context. */
    @WithDefault("16")
    int maxRemoteReferences();
  }
}
