package org.civicbroker.broker.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.config.BrokerConfig;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * The broker's room for new entities. The in-memory index must hold every entity again after a
 * restart, so creations are refused (507 Insufficient Storage, with a ProblemDetails naming the
 * limit) once the configured entity count is reached, or once the index's estimated memory fills
 * the configured share of the maximum heap (an estimate kept as entities come and go, so it does
 * not depend on when the garbage collector last ran). Updates and deletions are never refused here:
 * refusing them would not free memory and would lose changes.
 */
@ApplicationScoped
public class EntityBudget {
  private final EntityIndex index;
  private final long maxEntities;
  private final int heapPercent;
  private final long maxHeap = Runtime.getRuntime().maxMemory();

  @Inject
  public EntityBudget(EntityIndex index, BrokerConfig config) {
    this(index, config.limits().maxEntities(), config.limits().heapBudgetPercent());
  }

  public EntityBudget(EntityIndex index, long maxEntities, int heapPercent) {
    this.index = index;
    this.maxEntities = maxEntities;
    this.heapPercent = heapPercent;
  }

  /** Throws 507 when {@code count} new entities would not fit. */
  public void requireRoomFor(int count) {
    if (count <= 0) {
      return;
    }
    if (maxEntities > 0 && index.total() + count > maxEntities) {
      throw new NgsiLdException(
          ErrorType.INSUFFICIENT_STORAGE,
          "The broker holds "
              + index.total()
              + " entities; its limit is "
              + maxEntities
              + " (BROKER_LIMITS_MAX_ENTITIES). Nothing was created");
    }
    if (heapPercent > 0 && index.estimatedBytes() * 100 > maxHeap * heapPercent) {
      throw new NgsiLdException(
          ErrorType.INSUFFICIENT_STORAGE,
          "The broker's entity index fills "
              + heapPercent
              + "% of its memory (BROKER_LIMITS_HEAP_BUDGET_PERCENT, about "
              + index.estimatedBytes() / (1 << 20)
              + " MB of "
              + maxHeap / (1 << 20)
              + " MB); nothing was created. Give it more heap (-Xmx) or move to MongoDB");
    }
  }
}
