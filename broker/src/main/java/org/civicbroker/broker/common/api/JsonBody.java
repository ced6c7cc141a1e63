package org.civicbroker.broker.common.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civicbroker.model.jsonld.LdContext;

/**
 * A request body object without its {@code @context}, the user context it came with (null: core
 * context only) and that context compiled.
 */
public record JsonBody(ObjectNode body, JsonNode userContext, LdContext ctx) {}
