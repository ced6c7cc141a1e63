package org.civicbroker.model.entity;

import com.fasterxml.jackson.databind.JsonNode;

/** A JsonProperty (clause 4.5.24): a JSON value kept verbatim, never expanded. */
public record JsonProperty(JsonNode json, AttributeMeta meta) implements Attribute {
  public JsonProperty {
    java.util.Objects.requireNonNull(json, "json");
    meta = meta == null ? AttributeMeta.EMPTY : meta;
  }

  @Override
  public AttributeType type() {
    return AttributeType.JSON_PROPERTY;
  }

  @Override
  public JsonProperty withMeta(AttributeMeta newMeta) {
    return new JsonProperty(json, newMeta);
  }
}
