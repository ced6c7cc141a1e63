package org.civicbroker.broker.discovery.api;

import org.civicbroker.broker.common.api.ResponseFormat;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.jsonld.LdContext;

/**
 * A checked discovery request: an existing tenant, the negotiated response format, the resolved
 * context, and whether {@code details=true} was asked for.
 */
public record DiscoveryRequest(
    Tenant tenant, ResponseFormat format, LdContext ctx, boolean details) {}
