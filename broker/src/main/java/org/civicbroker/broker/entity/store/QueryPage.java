package org.civicbroker.broker.entity.store;

import java.util.List;
import org.civicbroker.model.entity.Entity;

/**
 * One page of a query result, in the stable result order (by entity id), and the number of all
 * matching entities when it was asked for ({@code -1} otherwise).
 */
public record QueryPage(List<Entity> entities, long total) {
  public QueryPage {
    entities = List.copyOf(entities);
  }

  public static final long NOT_COUNTED = -1;
}
