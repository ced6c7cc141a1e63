package org.civicbroker.model.jsonld;

import java.util.Set;

/**
 * The JSON-LD 1.1 keywords (W3C JSON-LD 1.1 section 1.7), plus the framing and internal keywords
 * that Titanium also treats as keywords, so that both paths reject and pass the same terms.
 */
final class JsonLdKeywords {
  static final String NONE = "@none";
  static final String NEST = "@nest";

  private static final Set<String> ALL =
      Set.of(
          "@any",
          "@base",
          "@container",
          "@context",
          "@direction",
          "@graph",
          "@id",
          "@import",
          "@included",
          "@index",
          "@json",
          "@language",
          "@list",
          "@nest",
          "@none",
          "@prefix",
          "@preserve",
          "@propagate",
          "@protected",
          "@reverse",
          "@set",
          "@type",
          "@value",
          "@version",
          "@vocab",
          "@default",
          "@embed",
          "@always",
          "@once",
          "@never",
          "@explicit",
          "@null",
          "@omitDefault",
          "@requireAll",
          "@merged",
          "@annotation");

  private JsonLdKeywords() {}

  static boolean isKeyword(String value) {
    return value != null && ALL.contains(value);
  }

  /** The form {@code "@" 1*ALPHA}: reserved for future keywords, ignored with a warning. */
  static boolean hasKeywordForm(String value) {
    if (value.length() < 2 || value.charAt(0) != '@') {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      if (!Character.isAlphabetic(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
