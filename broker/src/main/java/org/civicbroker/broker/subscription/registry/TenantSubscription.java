package org.civicbroker.broker.subscription.registry;

import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.subscription.Subscription;

/** A subscription and its tenant. */
public record TenantSubscription(Tenant tenant, Subscription subscription) {}
