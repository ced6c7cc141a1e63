package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * Applies a scoped context (the {@code @context} of a term definition, W3C JSON-LD 1.1 section
 * 4.1.8) to a compiled context, as the Context Processing algorithm does when expansion or
 * compaction meets the term: property-scoped contexts may override protected terms and propagate by
 * default; type-scoped contexts may not, and do not propagate by default. A non-propagated result
 * remembers the context to revert to inside nested node objects (step 3 of context processing: the
 * previous context is kept once set).
 *
 * <p>NGSI-LD reads attributes by their core member names ({@code type}, {@code value}, {@code
 * object}, {@code observedAt} ...). A scoped context that changes one of those terms would make
 * JSON-LD read the attribute differently from any NGSI-LD broker, so it is rejected with
 * BadRequestData naming the term and the scoped context.
 */
final class ScopedContexts {
  /** The core terms NGSI-LD gives a fixed meaning inside entities and attributes. */
  static final List<String> NGSI_LD_MEMBERS =
      List.of(
          "id",
          "type",
          "scope",
          "value",
          "object",
          "objectType",
          "languageMap",
          "vocab",
          "valueList",
          "objectList",
          "json",
          "observedAt",
          "unitCode",
          "datasetId",
          "createdAt",
          "modifiedAt",
          "deletedAt",
          "instanceId",
          "Property",
          "Relationship",
          "GeoProperty",
          "LanguageProperty",
          "VocabProperty",
          "ListProperty",
          "ListRelationship",
          "JsonProperty");

  private ScopedContexts() {}

  /**
   * The context {@code from} with the scoped context of {@code term} applied.
   *
   * @param propertyScoped true for a property-scoped context, false for a type-scoped one
   */
  static CompiledContext apply(
      CompiledContext from, String term, TermDefinition definition, boolean propertyScoped) {
    JsonNode scoped = definition.scopedContext();
    boolean propagate = propertyScoped;
    JsonNode flag = scoped.isObject() ? scoped.get("@propagate") : null;
    if (flag != null && flag.isBoolean()) {
      propagate = flag.booleanValue();
    }
    ContextState state = from.stateCopy();
    ContextProcessor.Options options = new ContextProcessor.Options(propertyScoped, false, false);
    try {
      new ContextProcessor(from.resolver())
          .process(state, scoped, definition.scopedBase(), List.of(), options);
    } catch (ProcessingError e) {
      throw failure(term, e);
    }
    CompiledContext previous = from.previous();
    if (previous == null && !propagate) {
      previous = from;
    }
    CompiledContext result = from.derived(state, previous);
    checkMembersKept(from.root(), result, term);
    return result;
  }

  private static NgsiLdException failure(String term, ProcessingError e) {
    String detail = "The scoped @context of the term " + Uris.quote(term) + ": " + e.getMessage();
    ErrorType type =
        e.isUnavailable() ? ErrorType.LD_CONTEXT_NOT_AVAILABLE : ErrorType.BAD_REQUEST_DATA;
    return new NgsiLdException(type, detail);
  }

  private static void checkMembersKept(CompiledContext root, CompiledContext derived, String term) {
    for (String member : NGSI_LD_MEMBERS) {
      TermDefinition core = root.definition(member);
      TermDefinition now = derived.definition(member);
      if (core != null && (now == null || !now.sameExceptProtected(core))) {
        throw NgsiLdException.badData(
            "The scoped @context of the term "
                + Uris.quote(term)
                + " redefines the NGSI-LD core term "
                + Uris.quote(member)
                + ", which NGSI-LD entities and attributes rely on: not supported");
      }
    }
  }
}
