package org.civicbroker.model.representation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicbroker.model.entity.Attribute;

/**
 * What a write operation asks for one attribute instance (identified by name, outside this type,
 * and by datasetId; null = the default instance).
 */
public sealed interface AttributeChange {

  /** The instance this change is about (null = default instance; null for DeleteAll). */
  String datasetId();

  /**
   * Set the instance with this datasetId to {@code instance}, replacing any existing one whole
   * (Append 5.6.3, Update 5.6.2, Replace Attribute 5.6.19; sub-attributes of a Partial Attribute
   * Update 5.6.4).
   */
  record Replace(Attribute instance) implements AttributeChange {
    public Replace {
      Objects.requireNonNull(instance, "instance");
    }

    @Override
    public String datasetId() {
      return instance.datasetId();
    }
  }

  /**
   * Change some members of the instance with this datasetId (Merge Entity 5.6.17, Partial Attribute
   * Update 5.6.4). See {@link AttributePatches#apply} for the semantics.
   *
   * @param datasetId the instance to change (null = default instance)
   * @param value the new value and its attribute type (its metadata is unused); null to keep the
   *     existing value
   * @param observedAt new observedAt, or null to keep the existing one
   * @param unitCode new unitCode, or null to keep the existing one
   * @param removedMembers members set to NGSI-LD Null: {@code observedAt}, {@code unitCode}, {@code
   *     objectType}
   * @param subAttributes changes of sub-attributes by expanded name: {@link Patch} (merge), {@link
   *     Replace} (partial update) or {@link Delete}
   * @param mergeObjectValues true in Merge Entity: a JSON object value is merged into an existing
   *     JSON object value (IETF RFC 7396, NGSI-LD Null or JSON null removing a key)
   */
  record Patch(
      String datasetId,
      Attribute value,
      Instant observedAt,
      String unitCode,
      Set<String> removedMembers,
      Map<String, List<AttributeChange>> subAttributes,
      boolean mergeObjectValues)
      implements AttributeChange {
    public Patch {
      removedMembers = Set.copyOf(removedMembers);
      Map<String, List<AttributeChange>> copy = new LinkedHashMap<>();
      subAttributes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      subAttributes = java.util.Collections.unmodifiableMap(copy);
    }
  }

  /** Delete the instance with this datasetId (null = default instance): NGSI-LD Null given. */
  record Delete(String datasetId) implements AttributeChange {}

  /** Delete all instances of the attribute ({@code deleteAll=true}, clause 5.6.5). */
  record DeleteAll() implements AttributeChange {
    @Override
    public String datasetId() {
      return null;
    }
  }
}
