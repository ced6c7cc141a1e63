package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import org.civicbroker.model.entity.AttributeType;

/**
 * Recognises the NGSI-LD Null as the value of each attribute type (GS CIM 009 clause 5.2.1): the
 * string {@code urn:ngsi-ld:null} as value, object, vocab, json, valueList or objectList; {@code
 * {"@none": "urn:ngsi-ld:null"}} as languageMap; a one-element list holding it as valueList or
 * objectList. A JSON {@code null} counts too, as {@code application/merge-patch+json} clients send
 * it (IETF RFC 7396).
 */
final class NullMarkers {
  private NullMarkers() {}

  static boolean isNull(AttributeType type, JsonNode valueNode) {
    if (isPlainNull(valueNode)) {
      return true;
    }
    return switch (type) {
      case LANGUAGE_PROPERTY ->
          valueNode.isObject()
              && valueNode.size() == 1
              && valueNode.has(Members.NONE)
              && isPlainNull(valueNode.get(Members.NONE));
      case LIST_PROPERTY, LIST_RELATIONSHIP ->
          valueNode.isArray() && valueNode.size() == 1 && isNullItem(valueNode.get(0));
      default -> false;
    };
  }

  private static boolean isNullItem(JsonNode item) {
    return Members.isNgsiLdNull(item)
        || (item.isObject() && item.size() == 1 && Members.isNgsiLdNull(item.get("object")));
  }

  private static boolean isPlainNull(JsonNode n) {
    return n == null || n.isNull() || Members.isNgsiLdNull(n);
  }
}
