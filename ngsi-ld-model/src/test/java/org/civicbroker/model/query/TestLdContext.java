package org.civicbroker.model.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.jsonld.LdContext;

/**
 * A map-based {@link LdContext} for tests: core terms expand to {@code
 * https://uri.etsi.org/ngsi-ld/<term>}, a few user terms (and the {@code ex:} prefix) to {@code
 * https://example.org/<term>}, anything else to the default context; absolute IRIs stay.
 */
public final class TestLdContext implements LdContext {
  public static final TestLdContext INSTANCE = new TestLdContext();

  private static final String CORE = "https://uri.etsi.org/ngsi-ld/";
  private static final String DEFAULT = CORE + "default-context/";
  private static final String EXAMPLE = "https://example.org/";
  private static final Set<String> CORE_TERMS =
      Set.of(
          "location",
          "observationSpace",
          "operationSpace",
          "observedAt",
          "createdAt",
          "modifiedAt",
          "unitCode",
          "datasetId");
  private static final Set<String> USER_TERMS =
      Set.of(
          "brandName", "speed", "temperature", "Vehicle", "Building", "Male", "Female", "gender");
  private static final Map<String, String> PREFIXES = Map.of("ex", EXAMPLE);

  private TestLdContext() {}

  private static String expand(String term) {
    if (CORE_TERMS.contains(term)) {
      return CORE + term;
    }
    if (USER_TERMS.contains(term)) {
      return EXAMPLE + term;
    }
    int colon = term.indexOf(':');
    if (colon > 0) {
      String prefix = PREFIXES.get(term.substring(0, colon));
      return prefix != null ? prefix + term.substring(colon + 1) : term;
    }
    return DEFAULT + term;
  }

  private static String compact(String iri) {
    if (iri.startsWith(DEFAULT)) {
      return iri.substring(DEFAULT.length());
    }
    if (iri.startsWith(EXAMPLE) && USER_TERMS.contains(iri.substring(EXAMPLE.length()))) {
      return iri.substring(EXAMPLE.length());
    }
    if (iri.startsWith(CORE) && CORE_TERMS.contains(iri.substring(CORE.length()))) {
      return iri.substring(CORE.length());
    }
    return iri;
  }

  @Override
  public String expandAttributeName(String term) {
    return expand(term);
  }

  @Override
  public String expandType(String term) {
    return expand(term);
  }

  @Override
  public String expandVocab(String term) {
    return expand(term);
  }

  @Override
  public String compactAttributeName(String iri) {
    return compact(iri);
  }

  @Override
  public String compactType(String iri) {
    return compact(iri);
  }

  @Override
  public String compactVocab(String iri) {
    return compact(iri);
  }

  @Override
  public JsonNode userContext() {
    return null;
  }
}
