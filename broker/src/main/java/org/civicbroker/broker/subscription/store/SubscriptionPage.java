package org.civicbroker.broker.subscription.store;

import java.util.List;

/**
 * One page of a tenant's subscriptions, in id order, and how many there are in all ({@link
 * #NOT_COUNTED} when not asked for).
 */
public record SubscriptionPage(List<StoredSubscription> items, long total) {
  public static final long NOT_COUNTED = -1;

  public SubscriptionPage {
    items = List.copyOf(items);
  }
}
