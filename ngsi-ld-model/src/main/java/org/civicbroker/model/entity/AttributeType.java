package org.civicbroker.model.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The eight NGSI-LD attribute types (GS CIM 009 clause 4.5), with their core-context terms. */
public enum AttributeType {
  PROPERTY("Property", "value"),
  RELATIONSHIP("Relationship", "object"),
  GEO_PROPERTY("GeoProperty", "value"),
  LANGUAGE_PROPERTY("LanguageProperty", "languageMap"),
  VOCAB_PROPERTY("VocabProperty", "vocab"),
  LIST_PROPERTY("ListProperty", "valueList"),
  LIST_RELATIONSHIP("ListRelationship", "objectList"),
  JSON_PROPERTY("JsonProperty", "json");

  private static final String NGSI_LD = "https://uri.etsi.org/ngsi-ld/";
  private static final Map<String, AttributeType> BY_TERM_OR_IRI = new HashMap<>();

  static {
    for (AttributeType t : values()) {
      BY_TERM_OR_IRI.put(t.term, t);
      BY_TERM_OR_IRI.put(t.iri, t);
    }
  }

  private final String term;
  private final String iri;
  private final String valueKey;

  AttributeType(String term, String valueKey) {
    this.term = term;
    this.iri = NGSI_LD + term;
    this.valueKey = valueKey;
  }

  /** The compact term, e.g. {@code Property}. */
  public String term() {
    return term;
  }

  /** The expanded IRI, e.g. {@code https://uri.etsi.org/ngsi-ld/Property}. */
  public String iri() {
    return iri;
  }

  /** The member holding the attribute's value in the normalized form, e.g. {@code value}. */
  public String valueKey() {
    return valueKey;
  }

  /** Looks a type up by its compact term or its expanded IRI. */
  public static Optional<AttributeType> of(String termOrIri) {
    return Optional.ofNullable(termOrIri == null ? null : BY_TERM_OR_IRI.get(termOrIri));
  }
}
