package org.civicbroker.model.query.q;

import java.util.Optional;

/**
 * Members of an attribute instance that a {@code q} attribute path may end with instead of a
 * sub-attribute name, e.g. {@code temperature.observedAt>=2017-12-24T12:00:00Z} (clause 4.9 example
 * 8). They are core-context terms (protected), so they are recognised in compact and in expanded
 * form alike.
 */
public enum QMember {
  OBSERVED_AT("observedAt"),
  CREATED_AT("createdAt"),
  MODIFIED_AT("modifiedAt"),
  UNIT_CODE("unitCode"),
  DATASET_ID("datasetId");

  private static final String NGSI_LD = "https://uri.etsi.org/ngsi-ld/";

  private final String term;

  QMember(String term) {
    this.term = term;
  }

  public String term() {
    return term;
  }

  public String iri() {
    return NGSI_LD + term;
  }

  /** True for members holding a DateTime (observedAt, createdAt, modifiedAt). */
  public boolean isTemporal() {
    return this == OBSERVED_AT || this == CREATED_AT || this == MODIFIED_AT;
  }

  /** The member for a compact term or its expanded IRI. */
  public static Optional<QMember> of(String termOrIri) {
    for (QMember m : values()) {
      if (m.term.equals(termOrIri) || m.iri().equals(termOrIri)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
