package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Imports of NGSI-LD JSON lines ({@code broker.import.*}, operator endpoint {@code /admin}). */
@ConfigMapping(prefix = "broker.import")
public interface ImportConfig {

  /**
   * The only directory whose files {@code POST /admin/import?file=NAME} reads (env {@code
   * BROKER_IMPORT_PATH}); names that lead outside it (.., absolute paths, symbolic links) are
   * refused.
   */
  @WithDefault("./imports")
  String path();

  /** Entities committed per bulk write of an import. */
  @WithDefault("1000")
  int batchSize();
}
