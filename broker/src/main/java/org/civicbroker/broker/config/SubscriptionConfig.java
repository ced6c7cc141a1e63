package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Subscription housekeeping ({@code broker.subscriptions.*}). */
@ConfigMapping(prefix = "broker.subscriptions")
public interface SubscriptionConfig {

  /**
   * How often the in-memory registry of subscriptions is reloaded from the store, as a safety net
   * for changes made by other broker instances whose change events were missed.
   */
  @WithDefault("60s")
  Duration refreshInterval();

  /** How long delivery status counters are collected in memory before one store update. */
  @WithDefault("250ms")
  Duration statusFlushInterval();

  /** How often periodic ({@code timeInterval}) subscriptions are checked for being due. */
  @WithDefault("1s")
  Duration periodicTick();

  /** Most entities in one periodic notification. */
  @WithDefault("1000")
  int periodicMaxEntities();
}
