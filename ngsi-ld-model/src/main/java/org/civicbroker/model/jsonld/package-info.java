/**
 * JSON-LD for NGSI-LD: the built-in core context, context compilation into term maps, and fast
 * expansion/compaction of the names NGSI-LD needs. Full JSON-LD processing (Titanium) is the slow
 * path and the test oracle.
 *
 * <p>Entry points: {@link org.civicbroker.model.jsonld.CoreContext} (URLs and documents), {@link
 * org.civicbroker.model.jsonld.ContextReferences} (which remote contexts to fetch), {@link
 * org.civicbroker.model.jsonld.ContextCompiler} (one {@link
 * org.civicbroker.model.jsonld.CompiledContext} per distinct context, given a {@link
 * org.civicbroker.model.jsonld.ContextResolver} of fetched documents) and {@link
 * org.civicbroker.model.jsonld.FullJsonLd} (full expansion/compaction when {@link
 * org.civicbroker.model.jsonld.CompiledContext#needsFullProcessing()} says so).
 */
package org.civicbroker.model.jsonld;
