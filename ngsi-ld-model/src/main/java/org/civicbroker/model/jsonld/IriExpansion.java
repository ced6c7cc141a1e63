package org.civicbroker.model.jsonld;

import java.util.Map;

/**
 * JSON-LD IRI Expansion (W3C JSON-LD 1.1 API section 5.2) with {@code vocab = true}, the form every
 * NGSI-LD name takes: attribute names, types and {@code @vocab}-coerced values. Decided the way
 * Titanium decides it: a compact IRI whose expansion is not an absolute IRI falls through to the
 * vocabulary mapping.
 */
final class IriExpansion {
  private IriExpansion() {}

  /**
   * Expands {@code value}; null when the term is explicitly undefined, or has a keyword form.
   *
   * @param documentRelative resolve against {@code base} when there is no vocabulary mapping (as
   *     for {@code @type} values)
   */
  static String expand(
      Map<String, TermDefinition> terms,
      String vocab,
      String base,
      String value,
      boolean documentRelative) {
    if (value == null || JsonLdKeywords.isKeyword(value)) {
      return value;
    }
    if (JsonLdKeywords.hasKeywordForm(value)) {
      return null;
    }
    TermDefinition definition = terms.get(value);
    if (definition != null) {
      return definition.iri();
    }
    String result = value;
    int colon = value.indexOf(':', 1);
    if (colon != -1) {
      if (isBlankOrHierarchical(value, colon)) {
        return value;
      }
      TermDefinition prefix = terms.get(value.substring(0, colon));
      if (prefix != null && prefix.prefix() && prefix.iri() != null) {
        result = prefix.iri() + value.substring(colon + 1);
      }
      if (Iris.isBlankNode(result) || Iris.isAbsolute(result)) {
        return result;
      }
    }
    if (vocab != null) {
      return vocab + result;
    }
    return documentRelative ? Iris.resolve(base, result) : result;
  }

  /** Step 6.2: {@code _:} starts a blank node, and {@code scheme://} an IRI, never a prefix. */
  static boolean isBlankOrHierarchical(String value, int colon) {
    return (colon == 1 && value.charAt(0) == '_') || value.startsWith("//", colon + 1);
  }
}
