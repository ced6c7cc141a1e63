package org.civicbroker.broker.subscription.store;

import org.civicbroker.model.subscription.Subscription;

/**
 * A subscription as stored: its definition, its delivery status and the version of the definition
 * (for compare-and-set updates; status updates do not change it).
 */
public record StoredSubscription(Subscription subscription, DeliveryStatus status, long version) {}
