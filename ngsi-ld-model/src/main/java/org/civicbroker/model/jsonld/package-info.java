/**
 * JSON-LD for NGSI-LD: the built-in core context, context compilation into term maps, and fast
 * expansion/compaction of the names NGSI-LD needs. Full JSON-LD processing (Titanium) is the slow
 * path and the test oracle.
 */
package org.civicbroker.model.jsonld;
