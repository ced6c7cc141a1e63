/**
 * Geo-queries (GS CIM 009 clause 4.10, data type GeoQuery of clause 5.2.13): parsing and validation
 * with JTS, exact in-memory evaluation, spherical distances for {@code near}, and bounding boxes
 * for storage pre-filters.
 */
package org.civicbroker.model.query.geo;
