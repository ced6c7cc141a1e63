/**
 * Context subscriptions (GS CIM 009 clauses 5.2.12 Subscription, 5.2.14 NotificationParams, 5.2.15
 * Endpoint and the operations of 5.8): the validated, immutable {@link
 * org.civicbroker.model.subscription.Subscription}, its reader (full payloads for Create
 * Subscription, fragments for Update Subscription) and its writer.
 *
 * <p>Names (entity types, watched attributes, notification attributes, {@code pick}/{@code omit},
 * the geoproperty and the attribute names in {@code q}) are expanded with the request's {@link
 * org.civicbroker.model.jsonld.LdContext} when a subscription is read and compacted with the
 * requester's context when it is written. The text of {@code q} and {@code scopeQ} and the JSON of
 * {@code geoQ} are kept as given so they render back unchanged.
 */
package org.civicbroker.model.subscription;
