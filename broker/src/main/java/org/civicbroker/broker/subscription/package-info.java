/**
 * Context subscriptions (GS CIM 009 clause 5.8): the API ({@code api}), the service that runs the
 * operations ({@code service}), storage ({@code store}), the in-memory registry of subscriptions
 * the matcher consults ({@code registry}) and delivery status counters ({@code status}). Matching
 * entity changes and periodic notifications live in {@code matching} and {@code periodic}.
 */
package org.civicbroker.broker.subscription;
