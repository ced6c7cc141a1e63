/** GeoJSON geometries (IETF RFC 7946) as NGSI-LD GeoProperty values: validation. */
package org.civicbroker.model.geojson;
