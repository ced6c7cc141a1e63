package org.civicbroker.broker.entity.batch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the batch operations ({@code broker.batch.*}). */
@ConfigMapping(prefix = "broker.batch")
public interface BatchConfig {

  /**
   * Most entities (or entity ids) in one batch request (env {@code BROKER_BATCH_MAX_ENTITIES}); a
   * larger batch is rejected whole with BadRequestData, before anything is written. Purge Entities
   * works through the matching entities in chunks of this size.
   */
  @WithDefault("1000")
  int maxEntities();
}
