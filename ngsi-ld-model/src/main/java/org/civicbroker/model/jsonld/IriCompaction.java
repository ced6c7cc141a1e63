package org.civicbroker.model.jsonld;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * JSON-LD IRI Compaction (W3C JSON-LD 1.1 API section 6.2, with Inverse Context Creation 4.3 and
 * Term Selection 4.4) for the three positions NGSI-LD compacts, precomputed per context.
 *
 * <p>All three positions select terms alike: an attribute name's value is a node object without
 * {@code @id} or {@code @index}, and a type or {@code @vocab}-coerced value is compacted without a
 * value, which yields the same containers ({@code @id}, {@code @id@set}, {@code @type}, {@code
 * @set@type}, {@code @set}, {@code @none}, {@code @index}, {@code @index@set}, in that order) and
 * the same preferred values ({@code @id}, {@code @none}, {@code @any}). So a term is selectable
 * only without a {@code @list}, {@code @language} or {@code @graph} container, and only when its
 * type coercion is absent, {@code @id} or {@code @none} (not {@code @vocab}, {@code @json} or a
 * datatype) and it has no language or direction mapping. The one difference is step 7.3: without a
 * value (types, vocab values), a compact IRI that is itself a term for the IRI may be chosen.
 *
 * <p>Like Titanium (the oracle), ties between terms are broken by plain lexicographic order
 * ({@link String#compareTo}), and compact IRIs too. The JSON-LD 1.1 text prefers the shortest term
 * first; the two differ only when several eligible terms map to the same IRI.
 */
final class IriCompaction {
  private static final List<String> CONTAINER_ORDER =
      List.of("@id", "@id@set", "@type", "@set@type", "@set", "@none", "@index", "@index@set");

  private final Map<String, TermDefinition> terms;
  private final String vocab;
  private final Map<String, String> selected;
  private final List<Map.Entry<String, TermDefinition>> prefixes;

  /**
   * @param terms the term definitions in definition order
   */
  IriCompaction(Map<String, TermDefinition> terms, String vocab) {
    this.terms = terms;
    this.vocab = vocab;
    this.selected = selectTerms(terms);
    List<Map.Entry<String, TermDefinition>> list = new ArrayList<>();
    for (Map.Entry<String, TermDefinition> entry : terms.entrySet()) {
      if (entry.getValue().prefix() && entry.getValue().iri() != null) {
        list.add(Map.entry(entry.getKey(), entry.getValue()));
      }
    }
    this.prefixes = List.copyOf(list);
  }

  /** The best term for each IRI (inverse context + term selection), ties to the least term. */
  private static Map<String, String> selectTerms(Map<String, TermDefinition> terms) {
    Map<String, String> best = new HashMap<>();
    Map<String, Integer> bestRank = new HashMap<>();
    for (Map.Entry<String, TermDefinition> entry : new TreeMap<>(terms).entrySet()) {
      int rank = rank(entry.getValue());
      String iri = entry.getValue().iri();
      Integer current = bestRank.get(iri);
      if (rank >= 0 && (current == null || rank < current)) {
        best.put(iri, entry.getKey());
        bestRank.put(iri, rank);
      }
    }
    return Map.copyOf(best);
  }

  /** The position of the term's inverse-context cell in the selection order; -1: never. */
  private static int rank(TermDefinition definition) {
    if (definition.iri() == null || definition.reverse()) {
      return -1;
    }
    int preferred;
    String type = definition.typeMapping();
    if ("@id".equals(type)) {
      preferred = 0;
    } else if ("@none".equals(type)) {
      preferred = 2;
    } else if (type != null || definition.hasLanguage() || definition.direction() != null) {
      return -1;
    } else {
      preferred = 1;
    }
    int container = CONTAINER_ORDER.indexOf(definition.containerKey());
    return container < 0 ? -1 : container * 3 + preferred;
  }

  /**
   * Compacts {@code iri} with vocab = true.
   *
   * @param withoutValue true for types and vocab values (no value), false for attribute names
   */
  String compact(String iri, boolean withoutValue) {
    String term = selected.get(iri);
    if (term != null) {
      return term;
    }
    if (vocab != null && iri.length() > vocab.length() && iri.startsWith(vocab)) {
      String suffix = iri.substring(vocab.length());
      if (!terms.containsKey(suffix)) {
        return suffix;
      }
    }
    String compactIri = null;
    for (Map.Entry<String, TermDefinition> entry : prefixes) {
      String mapping = entry.getValue().iri();
      if (iri.equals(mapping) || !iri.startsWith(mapping)) {
        continue;
      }
      String candidate = entry.getKey() + ":" + iri.substring(mapping.length());
      TermDefinition existing = terms.get(candidate);
      boolean better = compactIri == null || candidate.compareTo(compactIri) < 0;
      if ((better && existing == null)
          || (withoutValue && existing != null && iri.equals(existing.iri()))) {
        compactIri = candidate;
      }
    }
    if (compactIri != null) {
      return compactIri;
    }
    checkNotConfusedWithPrefix(iri);
    return iri;
  }

  /** Step 9: an IRI whose scheme is a prefix term would read back as a compact IRI. */
  private void checkNotConfusedWithPrefix(String iri) {
    URI uri = Iris.parse(iri);
    if (uri == null || !uri.isAbsolute() || uri.getAuthority() != null) {
      return;
    }
    TermDefinition scheme = terms.get(uri.getScheme());
    if (scheme != null && scheme.prefix()) {
      throw NgsiLdException.badData(
          "The IRI "
              + Uris.quote(iri)
              + " cannot be compacted with this @context: its scheme "
              + Uris.quote(uri.getScheme())
              + " is a prefix term (JSON-LD IRI confused with prefix)");
    }
  }
}
