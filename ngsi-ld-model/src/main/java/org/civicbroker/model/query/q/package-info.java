/**
 * The NGSI-LD Query Language {@code q} (GS CIM 009 clause 4.9): {@link
 * org.civicbroker.model.query.q.QParser} (lexer and recursive-descent parser) produces an immutable
 * {@link org.civicbroker.model.query.q.QExpr} tree with compact names; {@link
 * org.civicbroker.model.query.q.QResolver} expands it with an LdContext; {@link
 * org.civicbroker.model.query.q.QEvaluator} evaluates it in memory; storage translators implement
 * {@link org.civicbroker.model.query.q.QVisitor}. {@link org.civicbroker.model.query.q.QQuery}
 * bundles the steps.
 */
package org.civicbroker.model.query.q;
