package org.civicbroker.broker.admin.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup made by {@link Backups}: a complete data directory a broker can be started on.
 *
 * @param name the directory's name ({@code backup-<UTC time>})
 * @param directory its absolute path
 * @param bytes the size of its files (files hard-linked with the store count in full)
 * @param at when it was taken
 */
public record Backup(String name, Path directory, long bytes, Instant at) {}
