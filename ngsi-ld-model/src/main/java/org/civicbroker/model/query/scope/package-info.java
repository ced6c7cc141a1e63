/**
 * Scopes (GS CIM 009 clause 4.18) and the Scope Query Language {@code scopeQ} (clause 4.19): value
 * validation, parser, tree, visitor and in-memory evaluation.
 */
package org.civicbroker.model.query.scope;
