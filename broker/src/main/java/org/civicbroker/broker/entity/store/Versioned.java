package org.civicbroker.broker.entity.store;

/**
 * A stored value with the version of its document. Versions start at 1 and grow by one with every
 * replace; {@link EntityStore#replace} uses them for optimistic concurrency (compare-and-set).
 */
public record Versioned<T>(T value, long version) {}
