package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One JSON-LD term definition (W3C JSON-LD 1.1 API section 4.2), immutable.
 *
 * @param iri the IRI mapping (an IRI, a blank node identifier or a keyword); null when the term is
 *     explicitly undefined
 * @param reverse true for a reverse property ({@code @reverse})
 * @param typeMapping the {@code @type} coercion (an IRI, {@code @id}, {@code @vocab}, {@code @json}
 *     or {@code @none}); null when absent
 * @param containers the container mapping, empty when absent
 * @param hasLanguage true when a language mapping is present (possibly null)
 * @param language the language mapping, null for none or an explicit null
 * @param direction the direction mapping: {@code ltr}, {@code rtl}, {@code @null}; null when absent
 * @param prefix the prefix flag: the term may be used as the prefix of a compact IRI
 * @param protectedTerm the protected flag
 * @param nest the nest value; null when absent
 * @param index the index mapping; null when absent
 * @param scopedContext the scoped ({@code @context}) context; null when absent
 * @param scopedBase the base URL of the scoped context
 * @param fromCore true when the definition comes from the built-in core context (not compared)
 */
record TermDefinition(
    String iri,
    boolean reverse,
    String typeMapping,
    Set<String> containers,
    boolean hasLanguage,
    String language,
    String direction,
    boolean prefix,
    boolean protectedTerm,
    String nest,
    String index,
    JsonNode scopedContext,
    String scopedBase,
    boolean fromCore) {

  TermDefinition {
    containers = Set.copyOf(containers);
  }

  /** The container mapping as JSON-LD's inverse context keys it: sorted and joined, or @none. */
  String containerKey() {
    if (containers.isEmpty()) {
      return JsonLdKeywords.NONE;
    }
    return String.join("", new TreeSet<>(containers));
  }

  /**
   * Step 27 of the Create Term Definition algorithm: the same definition as {@code other} except
   * for the protected flag, so a protected term may be "redefined" identically.
   */
  boolean sameExceptProtected(TermDefinition other) {
    return Objects.equals(iri, other.iri)
        && reverse == other.reverse
        && Objects.equals(typeMapping, other.typeMapping)
        && containers.equals(other.containers)
        && hasLanguage == other.hasLanguage
        && Objects.equals(language, other.language)
        && Objects.equals(direction, other.direction)
        && prefix == other.prefix
        && Objects.equals(nest, other.nest)
        && Objects.equals(index, other.index)
        && Objects.equals(scopedContext, other.scopedContext)
        && Objects.equals(scopedBase, other.scopedBase);
  }
}
