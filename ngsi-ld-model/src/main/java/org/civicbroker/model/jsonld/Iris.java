package org.civicbroker.model.jsonld;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The IRI tests the JSON-LD algorithms need, decided the way Titanium decides them ({@link
 * java.net.URI} syntax), so that the fast path accepts and expands exactly what the full processor
 * does.
 */
final class Iris {
  private Iris() {}

  static boolean isBlankNode(String value) {
    return value.startsWith("_:");
  }

  /** An absolute IRI: a scheme and at least one more character, parseable as a URI. */
  static boolean isAbsolute(String value) {
    if (value == null || value.length() < 3) {
      return false;
    }
    URI uri = parse(value);
    return uri != null && uri.isAbsolute();
  }

  /** Any IRI reference, absolute or relative (not blank, not a keyword form). */
  static boolean isIri(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String v = value.strip();
    if (JsonLdKeywords.hasKeywordForm(v)) {
      return false;
    }
    if (v.endsWith(":")) {
      v = v + ".";
    } else if (v.endsWith("[") || v.endsWith("]")) {
      v = v.substring(0, v.length() - 1);
    }
    return parse(v) != null;
  }

  /** True when the IRI ends with an RFC 3986 gen-delim, so that its term can be a prefix. */
  static boolean endsWithGenDelim(String iri) {
    if (iri.isEmpty()) {
      return false;
    }
    return ":/?#[]@".indexOf(iri.charAt(iri.length() - 1)) >= 0;
  }

  /** Resolves {@code reference} against {@code base} (null base: the reference unchanged). */
  static String resolve(String base, String reference) {
    if (base == null) {
      return reference;
    }
    URI baseUri = parse(base);
    URI ref = parse(reference);
    if (baseUri == null || ref == null) {
      return reference;
    }
    if (reference.isEmpty()) {
      return baseUri.toString();
    }
    return baseUri.resolve(ref).toString();
  }

  static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
