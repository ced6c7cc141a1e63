/**
 * NGSI-LD payloads in and out (GS CIM 009 V1.8.1 clause 4.5 and the operations of clause 5.6).
 *
 * <p>Readers turn a parsed JSON payload (without its {@code @context}) and the request's {@link
 * org.civicbroker.model.jsonld.LdContext} into validated model objects, or throw {@link
 * org.civicbroker.model.error.NgsiLdException} (BAD_REQUEST_DATA) with a detail naming the member:
 * {@link org.civicbroker.model.representation.EntityReader} for complete entities and attributes,
 * {@link org.civicbroker.model.representation.FragmentReader} for the fragments of append, update,
 * merge and partial attribute update, described by {@link
 * org.civicbroker.model.representation.EntityFragment} and {@link
 * org.civicbroker.model.representation.AttributeChange} and applied with {@link
 * org.civicbroker.model.representation.AttributePatches}.
 *
 * <p>Writers turn entities into the normalized, concise or simplified representation ({@link
 * org.civicbroker.model.representation.EntityWriter}) or GeoJSON ({@link
 * org.civicbroker.model.representation.GeoJsonWriter}), as {@link
 * org.civicbroker.model.representation.RenderOptions} (parsed from the query string) say.
 */
package org.civicbroker.model.representation;
