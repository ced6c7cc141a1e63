package org.civicbroker.broker.admin.transfer;

import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;

/** One valid line of an import: an entity or a subscription of a tenant. */
sealed interface ImportItem {

  /** The line's number in the input, from 1. */
  long line();

  Tenant tenant();

  /** An entity with its system times as exported. */
  record EntityItem(long line, Tenant tenant, Entity entity) implements ImportItem {}

  /** A subscription with its creation context and times as exported. */
  record SubscriptionItem(long line, Tenant tenant, Subscription subscription)
      implements ImportItem {}
}
