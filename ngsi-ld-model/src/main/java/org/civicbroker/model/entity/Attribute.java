package org.civicbroker.model.entity;

/**
 * One instance of an NGSI-LD attribute. The hierarchy is closed: every consumer switches over the
 * eight permitted records. Names of attributes are not part of the instance; {@link Attributes}
 * maps expanded names to instances.
 */
public sealed interface Attribute
    permits Property,
        Relationship,
        GeoProperty,
        LanguageProperty,
        VocabProperty,
        ListProperty,
        ListRelationship,
        JsonProperty {

  AttributeType type();

  AttributeMeta meta();

  /** The same value with other metadata. */
  Attribute withMeta(AttributeMeta meta);

  default String datasetId() {
    return meta().datasetId();
  }
}
