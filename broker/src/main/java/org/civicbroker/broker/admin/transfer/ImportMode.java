package org.civicbroker.broker.admin.transfer;

import java.util.Locale;
import org.civicbroker.model.error.NgsiLdException;

/** What an import does with an entity or subscription whose id exists already. */
public enum ImportMode {
  /** Keep the existing one; the line is counted as skipped (the default). */
  SKIP,
  /** Replace the existing one with the line's. */
  REPLACE;

  /** The mode of the {@code mode} query parameter (absent: {@link #SKIP}). */
  public static ImportMode of(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return SKIP;
    }
    return switch (parameter.trim().toLowerCase(Locale.ROOT)) {
      case "skip" -> SKIP;
      case "replace" -> REPLACE;
      default ->
          throw NgsiLdException.badData(
              "Unknown import mode '" + parameter + "': use 'skip' or 'replace'");
    };
  }
}
