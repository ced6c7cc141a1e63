package org.civicbroker.broker.entity.query;

import java.util.Map;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Linked-entity retrieval (GS CIM 009 V1.8.1 clause 4.5.23): {@code join=flat} adds the entities
 * that Relationships point to to the result, {@code join=inline} embeds them in the Relationship;
 * {@code joinLevel} hops are followed (default 1).
 */
public record Join(Mode mode, int levels) {
  public static final Join NONE = new Join(Mode.NONE, 0);

  /** How linked entities are returned. */
  public enum Mode {
    NONE,
    FLAT,
    INLINE
  }

  public static Join from(Map<String, String> params, int maxLevels) {
    String join = params.get("join");
    String level = params.get("joinLevel");
    if (join == null) {
      if (level != null) {
        throw NgsiLdException.badData("'joinLevel' needs 'join'");
      }
      return NONE;
    }
    Mode mode =
        switch (join) {
          case "flat" -> Mode.FLAT;
          case "inline" -> Mode.INLINE;
          default -> throw NgsiLdException.badData("'join' must be flat or inline, not " + join);
        };
    int levels = 1;
    if (level != null) {
      try {
        levels = Integer.parseInt(level.trim());
      } catch (NumberFormatException e) {
        throw NgsiLdException.badData("'joinLevel' must be a whole number: " + level);
      }
      if (levels < 1 || levels > maxLevels) {
        throw NgsiLdException.badData("'joinLevel' must be between 1 and " + maxLevels);
      }
    }
    return new Join(mode, levels);
  }

  public boolean active() {
    return mode != Mode.NONE;
  }
}
