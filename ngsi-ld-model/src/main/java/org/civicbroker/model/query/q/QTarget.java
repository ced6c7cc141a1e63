package org.civicbroker.model.query.q;

import java.util.List;

/**
 * One target of a query term in one attribute instance (clause 4.9): the elements of the target
 * value (one for a scalar, each element for an array) normalised to Java values — {@code
 * BigDecimal}, {@code String}, {@code Boolean}, {@code Instant}, {@code LocalDate}, {@code
 * LocalTime}, or a {@code JsonNode} for objects and nested arrays, which compare with nothing — and
 * the kind of element it came from.
 */
record QTarget(List<Object> elements, Kind kind) {

  enum Kind {
    /** A Property, JsonProperty or ListProperty value, or a member such as observedAt. */
    VALUE,
    /** Relationship or ListRelationship objects: only == and != can match (clause 4.9). */
    OBJECT,
    /** VocabProperty vocab IRIs: compared with the vocabulary-expanded operand. */
    VOCAB,
    /** A GeoProperty without a value path: only existence can match. */
    GEO
  }

  QTarget {
    elements = List.copyOf(elements);
  }
}
