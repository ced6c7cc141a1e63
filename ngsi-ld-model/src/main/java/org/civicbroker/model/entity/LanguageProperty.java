package org.civicbroker.model.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A LanguageProperty (clause 4.5.18): language tag to string or array of strings. */
public record LanguageProperty(ObjectNode languageMap, AttributeMeta meta) implements Attribute {
  public LanguageProperty {
    java.util.Objects.requireNonNull(languageMap, "languageMap");
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.LANGUAGE_PROPERTY;
  }

  @Override
  public LanguageProperty withMeta(AttributeMeta newMeta) {
    return new LanguageProperty(languageMap, newMeta);
  }
}
