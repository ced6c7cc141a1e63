package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeType;

/**
 * The members of one attribute instance as read from a payload, before the caller decides whether
 * it is a complete attribute or a patch.
 *
 * @param type the attribute type (null when a patch gives no value)
 * @param value the value with empty metadata (null when not given)
 * @param deleted true when the instance is the NGSI-LD Null (delete it)
 * @param removed members set to NGSI-LD Null
 * @param subAttributes sub-attribute payloads by name as given (compact)
 */
record InstanceParts(
    AttributeType type,
    Attribute value,
    boolean deleted,
    String datasetId,
    Instant observedAt,
    String unitCode,
    Set<String> removed,
    Map<String, JsonNode> subAttributes) {

  static InstanceParts ofValue(Attribute value) {
    return new InstanceParts(value.type(), value, false, null, null, null, Set.of(), Map.of());
  }

  static InstanceParts deletion(String datasetId) {
    return new InstanceParts(null, null, true, datasetId, null, null, Set.of(), Map.of());
  }
}
