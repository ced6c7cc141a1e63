package org.civicbroker.model.representation;

import java.util.function.UnaryOperator;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * Checks that a name expanded to an IRI. JSON-LD silently drops a member whose name expands to null
 * (a term defined as null), to a relative IRI or to a keyword it does not expect, and keeps a
 * relative type; an NGSI-LD broker would then lose or mislabel data without a word, so the readers
 * reject such names (GS CIM 009 clause 4.6.2: names are IRIs once expanded). They also reject an
 * IRI that the same context cannot compact back (JSON-LD's "IRI confused with prefix", e.g. {@code
 * ngsi-ld:x} defined before the core context's {@code ngsi-ld} prefix): the entity could be stored,
 * but never rendered.
 */
final class Expansions {
  private Expansions() {}

  /**
   * {@code expanded} when it is an IRI (or compact-IRI-like, as JSON-LD keeps it), else
   * BAD_REQUEST_DATA naming {@code given}.
   *
   * @param what what the name names, e.g. {@code attribute}, {@code entity type}
   */
  static String iri(String expanded, String given, String what, UnaryOperator<String> compaction) {
    int colon = expanded == null || expanded.startsWith("@") ? -1 : expanded.indexOf(':');
    if (colon > 0) {
      if (!expanded.startsWith("//", colon + 1)) {
        compaction.apply(expanded); // throws when the scheme is a prefix term
      }
      return expanded;
    }
    String outcome =
        expanded == null
            ? "is defined as null in the @context, so JSON-LD would drop it"
            : expanded.startsWith("@")
                ? "is an alias of the keyword " + expanded + " in the @context: not supported here"
                : "expands to the relative IRI "
                    + Uris.quote(expanded)
                    + " with the @context, so JSON-LD would drop it";
    throw NgsiLdException.badData("The " + what + " name " + Uris.quote(given) + " " + outcome);
  }
}
