package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An active JSON-LD context as NGSI-LD needs it: the user's context(s) followed by the built-in
 * core context (which wins for its protected terms), with the NGSI-LD default vocabulary {@code
 * https://uri.etsi.org/ngsi-ld/default-context/} for terms no context defines.
 *
 * <p>Only what NGSI-LD expands is offered here: attribute names (at every level), entity types and
 * {@code vocab} values. Each result equals what the full JSON-LD 1.1 algorithms (Titanium) produce
 * for the same term in the same position; property tests hold the implementation to that.
 * Implementations are immutable and thread-safe; the methods are hash lookups.
 *
 * <p>Expansion returns an absolute IRI, a blank node identifier, a keyword (for a keyword alias
 * such as {@code id}), or null when the term is defined as null (JSON-LD then drops the member).
 * Compaction returns a term, a compact IRI, a vocabulary-relative name or the IRI itself; it throws
 * an {@link org.civicbroker.model.error.NgsiLdException} (BadRequestData) in the one case JSON-LD
 * aborts: an IRI whose scheme is a prefix term of the context ("IRI confused with prefix").
 *
 * <p>Scoped contexts (JSON-LD 1.1 section 4.1.8) are applied by deriving contexts: {@link
 * #forEntityTypes} gives the context for an entity's attribute names (type-scoped contexts of its
 * types), {@link #forAttributeValue} the context inside an attribute (property-scoped context of
 * its name: sub-attribute names, {@code vocab} values, {@code objectType}). Readers and writers
 * descend through them exactly as JSON-LD expansion and compaction do.
 */
public interface LdContext {

  /** Expands an attribute (or sub-attribute) name: JSON-LD IRI expansion with vocab=true. */
  String expandAttributeName(String term);

  /** Expands an entity type (or objectType): JSON-LD IRI expansion of an {@code @type} value. */
  String expandType(String term);

  /** Expands a {@code vocab} value of a VocabProperty ({@code @type: @vocab} coercion). */
  String expandVocab(String term);

  /**
   * Compacts an expanded attribute name, as JSON-LD compaction does for a node-object value: terms
   * typed other than {@code @id}/{@code @none}, or with {@code @list}/{@code @language}/{@code
   * @graph} containers, are not selected.
   */
  String compactAttributeName(String iri);

  /** Compacts an expanded entity type, as JSON-LD compaction does for an {@code @type} value. */
  String compactType(String iri);

  /** Compacts an expanded {@code vocab} value ({@code @type: @vocab} coercion). */
  String compactVocab(String iri);

  /**
   * The context in effect for the members of an entity with these types, as written (terms, compact
   * IRIs or IRIs): the type-scoped contexts of the types that have one applied in lexicographic
   * order of the types, not propagated into attribute values. {@code this} when none applies.
   *
   * @throws org.civicbroker.model.error.NgsiLdException BadRequestData when a scoped context is
   *     invalid here, or changes what NGSI-LD needs (see the implementation)
   */
  default LdContext forEntityTypes(List<String> types) {
    return this;
  }

  /**
   * The context in effect inside the value of the attribute named {@code term} (as written) in this
   * context: a non-propagated (type-scoped) context reverted, then the term's property-scoped
   * context applied. {@code this} when neither applies.
   *
   * @throws org.civicbroker.model.error.NgsiLdException BadRequestData as for {@link
   *     #forEntityTypes}
   */
  default LdContext forAttributeValue(String term) {
    return this;
  }

  /**
   * Rejects a name that this context defines as something an NGSI-LD attribute cannot be named by:
   * a reverse property ({@code @reverse}) or a keyword alias (such as one for {@code @nest}).
   *
   * @throws org.civicbroker.model.error.NgsiLdException BadRequestData naming the construct
   */
  default void checkAttributeName(String term) {}

  /**
   * The context as the client gave it (a URL string, an array, or an inline object), without the
   * implied core context; null when the client gave none (core context only).
   */
  JsonNode userContext();
}
