/**
 * The query model (GS CIM 009 clauses 4.9, 4.10, 4.17, 4.19): the {@code q} language, entity type
 * selection, scope queries and geo-queries. Each is parsed into an immutable tree of sealed types
 * with compact names, resolved against an {@link org.civicbroker.model.jsonld.LdContext} in a
 * separate step, and evaluated in memory against an {@link org.civicbroker.model.entity.Entity}.
 * Storage translators (e.g. MongoDB filters) live in the broker and walk the same trees through the
 * visitor interfaces.
 */
package org.civicbroker.model.query;
