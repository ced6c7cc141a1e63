package org.civicbroker.broker.entity.store.mongo.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.civicbroker.model.jsonld.LdContext;

/**
 * The context the query tests use: core terms expand to {@code https://uri.etsi.org/ngsi-ld/},
 * other terms to {@code https://example.org/} (types and attributes) or {@code
 * https://example.org/vocab/} (vocab values); absolute IRIs stay as they are.
 */
final class QueryTestContext implements LdContext {
  static final QueryTestContext INSTANCE = new QueryTestContext();
  static final String CORE = "https://uri.etsi.org/ngsi-ld/";
  static final String EXAMPLE = "https://example.org/";
  static final String VOCAB = EXAMPLE + "vocab/";

  private static final Set<String> CORE_TERMS =
      Set.of("location", "observedAt", "createdAt", "modifiedAt", "unitCode", "datasetId");

  private QueryTestContext() {}

  private static String expand(String term, String base) {
    if (term.contains(":")) {
      return term;
    }
    return CORE_TERMS.contains(term) ? CORE + term : base + term;
  }

  private static String compact(String iri, String base) {
    if (iri.startsWith(CORE) && CORE_TERMS.contains(iri.substring(CORE.length()))) {
      return iri.substring(CORE.length());
    }
    return iri.startsWith(base) ? iri.substring(base.length()) : iri;
  }

  @Override
  public String expandAttributeName(String term) {
    return expand(term, EXAMPLE);
  }

  @Override
  public String expandType(String term) {
    return expand(term, EXAMPLE);
  }

  @Override
  public String expandVocab(String term) {
    return term.contains(":") ? term : VOCAB + term;
  }

  @Override
  public String compactAttributeName(String iri) {
    return compact(iri, EXAMPLE);
  }

  @Override
  public String compactType(String iri) {
    return compact(iri, EXAMPLE);
  }

  @Override
  public String compactVocab(String iri) {
    return iri.startsWith(VOCAB) ? iri.substring(VOCAB.length()) : iri;
  }

  @Override
  public JsonNode userContext() {
    return null;
  }
}
