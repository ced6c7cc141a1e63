package org.civicbroker.model.representation;

import java.util.Set;

/**
 * The member names NGSI-LD reserves in entity and attribute payloads (GS CIM 009 clauses 4.5, 5.2.4
 * - 5.2.6 and the core {@code @context}), and the NGSI-LD Null (clause 5.2.1).
 */
public final class Members {
  /** The NGSI-LD Null: marks the deletion of an element in update and merge operations. */
  public static final String NGSI_LD_NULL = "urn:ngsi-ld:null";

  public static final String ID = "id";
  public static final String TYPE = "type";
  public static final String SCOPE = "scope";
  public static final String CREATED_AT = "createdAt";
  public static final String MODIFIED_AT = "modifiedAt";
  public static final String DELETED_AT = "deletedAt";
  public static final String VALUE = "value";
  public static final String OBJECT = "object";
  public static final String OBJECT_TYPE = "objectType";
  public static final String LANGUAGE_MAP = "languageMap";
  public static final String VOCAB = "vocab";
  public static final String VALUE_LIST = "valueList";
  public static final String OBJECT_LIST = "objectList";
  public static final String JSON = "json";
  public static final String OBSERVED_AT = "observedAt";
  public static final String UNIT_CODE = "unitCode";
  public static final String DATASET_ID = "datasetId";
  public static final String INSTANCE_ID = "instanceId";
  public static final String LANG = "lang";
  public static final String DATASET = "dataset";
  public static final String NONE = "@none";

  /** Members that carry the value of an attribute, one per attribute type. */
  public static final Set<String> VALUE_KEYS =
      Set.of(VALUE, OBJECT, LANGUAGE_MAP, VOCAB, VALUE_LIST, OBJECT_LIST, JSON);

  /** System members the broker sets; ignored on input (clause 4.8). */
  public static final Set<String> SYSTEM = Set.of(CREATED_AT, MODIFIED_AT, DELETED_AT);

  /** Members of an attribute instance that are not sub-attributes. */
  public static final Set<String> ATTRIBUTE_MEMBERS =
      Set.of(
          TYPE,
          "@type",
          VALUE,
          OBJECT,
          OBJECT_TYPE,
          LANGUAGE_MAP,
          VOCAB,
          VALUE_LIST,
          OBJECT_LIST,
          JSON,
          OBSERVED_AT,
          UNIT_CODE,
          DATASET_ID,
          CREATED_AT,
          MODIFIED_AT,
          DELETED_AT,
          INSTANCE_ID);

  /**
   * Names that can never name an attribute or sub-attribute: the entity's own members and the
   * attribute members of the core context, plus {@code lang} (the member of a language-filtered
   * LanguageProperty, clause 4.15) and {@code dataset} (the simplified multi-attribute member).
   */
  public static final Set<String> RESERVED_NAMES =
      Set.of(
          ID,
          TYPE,
          SCOPE,
          CREATED_AT,
          MODIFIED_AT,
          DELETED_AT,
          VALUE,
          OBJECT,
          OBJECT_TYPE,
          LANGUAGE_MAP,
          VOCAB,
          VALUE_LIST,
          OBJECT_LIST,
          JSON,
          OBSERVED_AT,
          UNIT_CODE,
          DATASET_ID,
          INSTANCE_ID,
          LANG,
          DATASET);

  /**
   * The expanded IRIs of the entity and attribute members of the core context (what {@code value},
   * {@code object}, {@code observedAt} ... expand to). An attribute whose name expands to one of
   * them would be merged with that member by JSON-LD.
   */
  public static final Set<String> RESERVED_IRIS =
      Set.of(
          "@id",
          "@type",
          "https://uri.etsi.org/ngsi-ld/scope",
          "https://uri.etsi.org/ngsi-ld/createdAt",
          "https://uri.etsi.org/ngsi-ld/modifiedAt",
          "https://uri.etsi.org/ngsi-ld/deletedAt",
          "https://uri.etsi.org/ngsi-ld/hasValue",
          "https://uri.etsi.org/ngsi-ld/hasObject",
          "https://uri.etsi.org/ngsi-ld/hasObjectType",
          "https://uri.etsi.org/ngsi-ld/hasLanguageMap",
          "https://uri.etsi.org/ngsi-ld/hasVocab",
          "https://uri.etsi.org/ngsi-ld/hasValueList",
          "https://uri.etsi.org/ngsi-ld/hasObjectList",
          "https://uri.etsi.org/ngsi-ld/hasJSON",
          "https://uri.etsi.org/ngsi-ld/observedAt",
          "https://uri.etsi.org/ngsi-ld/unitCode",
          "https://uri.etsi.org/ngsi-ld/datasetId",
          "https://uri.etsi.org/ngsi-ld/instanceId");

  private Members() {}

  /** True for the NGSI-LD Null string. */
  public static boolean isNgsiLdNull(com.fasterxml.jackson.databind.JsonNode node) {
    return node != null && node.isTextual() && NGSI_LD_NULL.equals(node.asText());
  }
}
