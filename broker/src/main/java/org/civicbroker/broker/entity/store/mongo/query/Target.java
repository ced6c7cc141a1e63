package org.civicbroker.broker.entity.store.mongo.query;

/**
 * Where the target of a {@code q} term lies inside one stored attribute instance (clause 4.9), for
 * one kind of instance: the instance {@code type} it applies to (null: any), the field path
 * relative to the instance, and how the field's elements compare.
 *
 * @param type the attribute type term the instance must have, or null for any instance
 * @param field the field path inside the instance (encoded keys), or null for {@link Kind#GEO} and
 *     {@link Kind#LANGUAGE_MAP}
 * @param kind how the field's elements are compared
 * @param exactPath false when MongoDB path traversal may reach more than the model's value path
 *     (see {@link Targets}), so that conditions on the field are only candidates
 */
record Target(String type, String field, Kind kind, boolean exactPath) {

  enum Kind {
    /** A JSON value: numbers, strings, booleans, typed values ({@code @value}), big-number tags. */
    JSON,
    /** Strings only (unitCode, datasetId); any comparison. */
    STRINGS,
    /** Relationship objects (strings): only {@code ==} and {@code !=} can match. */
    OBJECTS,
    /** VocabProperty IRIs (strings), compared with the vocabulary-expanded operand. */
    VOCAB,
    /** An instant stored as a BSON date plus a {@code <field>Ns} sub-millisecond part. */
    INSTANT,
    /** Every string of a LanguageProperty's map: not addressable by a MongoDB path. */
    LANGUAGE_MAP,
    /** A GeoProperty value without a value path: only exists, never compares. */
    GEO,
    /**
     * A value path cut before a numeric key: only the existence of this prefix is known, so any
     * term on the target is a candidate where the prefix exists.
     */
    PREFIX
  }
}
