/**
 * The MongoDB path of entity queries (GS CIM 009 clauses 4.9, 4.10, 4.17, 4.19, 5.7.2, 5.7.3):
 * {@link org.civicbroker.broker.entity.store.mongo.query.EntityQueryTranslator} turns the model's
 * {@link org.civicbroker.model.query.EntityQuery} into filters on the entity documents, and {@link
 * org.civicbroker.broker.entity.store.mongo.query.MongoEntityQueryStore} runs them, finishing with
 * the model's in-memory evaluator what the store cannot decide exactly.
 *
 * <p>Every query part is translated to two filters, a certain one (matches only entities the part
 * matches) and a candidate one (matches every such entity); negation swaps them. A part the store
 * decides exactly has one filter for both. This keeps the translation sound wherever the embedded
 * server (mongo-java-server), MongoDB and the model differ: regular expression dialects, number
 * representations, string collation, date strings, nested arrays, and geo-queries (the embedded
 * server has no geo operators, so they pre-filter on stored bounding boxes).
 */
package org.civicbroker.broker.entity.store.mongo.query;
