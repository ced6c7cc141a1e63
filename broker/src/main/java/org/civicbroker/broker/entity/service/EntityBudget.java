package org.civicbroker.broker.entity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import org.civicbroker.broker.config.BrokerConfig;
import org.civicbroker.broker.entity.index.EntityIndex;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * The broker's room for new entities. The in-memory index must hold every entity again after a
 * restart, so creations are refused (507 Insufficient Storage, with a ProblemDetails naming the
 * limit) once the configured entity count is reached, or once the data alive after the last
 * old-generation collection fills more than the configured share of the heap. Updates and deletions
 * are never refused here: refusing them would not free memory and would lose changes.
 */
@ApplicationScoped
public class EntityBudget {
  private final EntityIndex index;
  private final long maxEntities;
  private final int heapPercent;
  private final List<MemoryPoolMXBean> oldPools;

  @Inject
  public EntityBudget(EntityIndex index, BrokerConfig config) {
    this(index, config.limits().maxEntities(), config.limits().heapBudgetPercent());
  }

  public EntityBudget(EntityIndex index, long maxEntities, int heapPercent) {
    this.index = index;
    this.maxEntities = maxEntities;
    this.heapPercent = heapPercent;
    this.oldPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
            .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
            .toList();
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
    if (heapPercent > 0 && heapFull()) {
      throw new NgsiLdException(
          ErrorType.INSUFFICIENT_STORAGE,
          "The broker's memory is "
              + heapPercent
              + "% full (BROKER_LIMITS_HEAP_BUDGET_PERCENT) with the data it already holds;"
              + " nothing was created. Give it more heap (-Xmx) or move to MongoDB");
    }
  }

  private boolean heapFull() {
    for (MemoryPoolMXBean pool : oldPools) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      long max = pool.getUsage().getMax();
      if (afterGc != null && max > 0 && afterGc.getUsed() * 100 > max * heapPercent) {
        return true;
      }
    }
    return false;
  }
}
