package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.civicbroker.model.jsonld.LdContext;

/**
 * A map-based {@link LdContext} for tests: a few core terms, a few user terms, the {@code ex:}
 * prefix, and the NGSI-LD default vocabulary for everything else. Compaction reverses the maps and
 * strips the default vocabulary, as JSON-LD compaction does.
 */
final class TestContext implements LdContext {
  static final String DEFAULT_VOCAB = "https://uri.etsi.org/ngsi-ld/default-context/";
  static final String NGSI_LD = "https://uri.etsi.org/ngsi-ld/";
  static final TestContext INSTANCE = new TestContext();

  private final Map<String, String> terms = new HashMap<>();
  private final Map<String, String> reverse = new HashMap<>();

  private TestContext() {
    term("location", NGSI_LD + "location");
    term("observationSpace", NGSI_LD + "observationSpace");
    term("operationSpace", NGSI_LD + "operationSpace");
    term("DateTime", NGSI_LD + "DateTime");
    term("temperature", "https://example.org/temperature");
    term("Building", "https://example.org/Building");
    term("Sensor", "https://example.org/Sensor");
    term("name", "https://schema.org/name");
    term("farm", "https://example.org/vocab/farm");
    term("barn", "https://example.org/vocab/barn");
  }

  private void term(String term, String iri) {
    terms.put(term, iri);
    reverse.put(iri, term);
  }

  private String expand(String term) {
    if (terms.containsKey(term)) {
      return terms.get(term);
    }
    if (term.startsWith("ex:")) {
      return "https://example.org/" + term.substring(3);
    }
    if (term.contains(":")) {
      return term;
    }
    return DEFAULT_VOCAB + term;
  }

  private String compact(String iri) {
    if (reverse.containsKey(iri)) {
      return reverse.get(iri);
    }
    if (iri.startsWith(DEFAULT_VOCAB)) {
      return iri.substring(DEFAULT_VOCAB.length());
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
