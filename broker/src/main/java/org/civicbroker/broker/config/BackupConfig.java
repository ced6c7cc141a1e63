package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Backups of the embedded store ({@code broker.backup.*}, operator endpoint {@code /admin}). */
@ConfigMapping(prefix = "broker.backup")
public interface BackupConfig {

  /**
   * The directory under which {@code POST /admin/backup} creates one directory per backup (env
   * {@code BROKER_BACKUP_PATH}). Best on the data directory's file system (the backup then
   * hard-links the store's immutable files) but never inside the data directory.
   */
  @WithDefault("./backups")
  String path();
}
