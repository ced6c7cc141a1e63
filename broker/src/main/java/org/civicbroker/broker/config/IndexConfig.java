package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-memory entity index ({@code broker.index.*}). */
@ConfigMapping(prefix = "broker.index")
public interface IndexConfig {

  /**
   * Answer reads by id from the index and start updates from its copy (the store's compare-and-set
   * still guards every write). With several broker instances the index of one instance learns of
   * the others' writes through their change events, a few milliseconds later; set false there if
   * clients need to read their writes on a different instance at once.
   */
  @WithDefault("true")
  boolean serveReads();

  /**
   * Most entities kept decoded for queries and reads (the index holds every entity encoded; the
   * most used ones are kept decoded too, a few KB each). 0: none.
   */
  @WithDefault("5000")
  int decodedCache();
}
