package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD 1.1 Create Term Definition algorithm (W3C JSON-LD 1.1 API section 4.2) for the terms
 * of one context definition, including the IRI expansion it needs while terms are still being
 * defined (terms of the same context are created on demand; cycles are errors).
 *
 * <p>Where Titanium (the oracle) departs from the letter of the algorithm, this follows Titanium,
 * so that the fast path and full processing agree: a term used as the {@code @id} of another term
 * is only defined first when its own definition is a string; a compact-IRI term whose prefix is
 * unknown and which is not a valid IRI stays without an IRI mapping; and a term defined on demand
 * (because an earlier term of the same context needs it) is defined as by a fresh builder: not
 * protected even in a {@code @protected} context, without override and without a base URL.
 */
final class TermDefinitionFactory {
  private static final Set<String> DEFINITION_KEYS =
      Set.of(
          "@id",
          "@reverse",
          "@container",
          "@context",
          "@direction",
          "@index",
          "@language",
          "@nest",
          "@prefix",
          "@protected",
          "@type");

  private final ContextProcessor processor;
  private final ContextState state;
  private final ObjectNode local;
  private final Map<String, Boolean> defined;
  private final String baseUrl;
  private final List<String> path;
  private final boolean protectedFlag;
  private final ContextProcessor.Options options;
  private TermDefinitionFactory onDemand;

  TermDefinitionFactory(
      ContextProcessor processor,
      ContextState state,
      ObjectNode local,
      Map<String, Boolean> defined,
      String baseUrl,
      List<String> path,
      boolean protectedFlag,
      ContextProcessor.Options options) {
    this.processor = processor;
    this.state = state;
    this.local = local;
    this.defined = defined;
    this.baseUrl = baseUrl;
    this.path = path;
    this.protectedFlag = protectedFlag;
    this.options = options;
  }

  /**
   * The factory for terms defined on demand while another term is being defined. Titanium (1.6.0)
   * creates them with default settings; so does this, to accept and define exactly the same.
   */
  private TermDefinitionFactory onDemand() {
    if (onDemand == null) {
      ContextProcessor.Options plain =
          new ContextProcessor.Options(false, options.scoped(), options.fromCore());
      onDemand =
          new TermDefinitionFactory(processor, state, local, defined, null, path, false, plain);
      onDemand.onDemand = onDemand;
    }
    return onDemand;
  }

  void createOnDemand(String term) {
    onDemand().create(term);
  }

  void create(String term) {
    if (term.isBlank()) {
      throw new ProcessingError("invalid term definition", "a term cannot be empty");
    }
    Boolean done = defined.get(term);
    if (done != null) {
      if (done) {
        return;
      }
      throw new ProcessingError("cyclic IRI mapping", "the term " + term + " depends on itself");
    }
    defined.put(term, Boolean.FALSE);
    JsonNode value = local.get(term);
    if (!checkTermName(term, value)) {
      return;
    }
    TermDefinition previous = state.terms.remove(term);
    TermDefinition definition = new TermBuilder(this, term, value).build();
    if (definition == null) {
      return;
    }
    if (!options.overrideProtected() && previous != null && previous.protectedTerm()) {
      if (!definition.sameExceptProtected(previous)) {
        throw new ProcessingError(
            "protected term redefinition", "the protected term " + term + " cannot be redefined");
      }
      definition = previous;
    }
    state.terms.put(term, definition);
    defined.put(term, Boolean.TRUE);
  }

  /** Steps 4 and 5: keywords cannot be terms, except {@code @type} for {@code @container}. */
  private static boolean checkTermName(String term, JsonNode value) {
    if ("@type".equals(term)) {
      if (!isTypeKeywordDefinition(value)) {
        throw new ProcessingError(
            "keyword redefinition", "@type can only be given @container @set");
      }
      return true;
    }
    if (JsonLdKeywords.isKeyword(term)) {
      throw new ProcessingError("keyword redefinition", "the keyword " + term + " is not a term");
    }
    return !JsonLdKeywords.hasKeywordForm(term);
  }

  private static boolean isTypeKeywordDefinition(JsonNode value) {
    if (value == null || !value.isObject()) {
      return false;
    }
    JsonNode container = value.get("@container");
    if (value.size() == 1 && container != null) {
      return container.isTextual() && "@set".equals(container.textValue());
    }
    if (value.size() == 2 && container != null && value.has("@protected")) {
      return "@set".equals(container.asText()) || containsText(container, "@set");
    }
    return value.size() == 1 && value.has("@protected");
  }

  private static boolean containsText(JsonNode array, String text) {
    for (JsonNode item : array) {
      if (item.isTextual() && text.equals(item.textValue())) {
        return true;
      }
    }
    return false;
  }

  /** IRI expansion while terms are being created (vocab = true, not document-relative). */
  String expand(String value) {
    if (value == null || JsonLdKeywords.isKeyword(value) || JsonLdKeywords.hasKeywordForm(value)) {
      return IriExpansion.expand(state.terms, state.vocab, state.base, value, false);
    }
    JsonNode entry = local.get(value);
    if (entry != null && entry.isTextual() && !Boolean.TRUE.equals(defined.get(entry.asText()))) {
      createOnDemand(value);
    }
    if (state.terms.containsKey(value)) {
      return IriExpansion.expand(state.terms, state.vocab, state.base, value, false);
    }
    int colon = value.indexOf(':', 1);
    if (colon != -1 && !IriExpansion.isBlankOrHierarchical(value, colon)) {
      String prefix = value.substring(0, colon);
      if (local.has(prefix) && !Boolean.TRUE.equals(defined.get(prefix))) {
        createOnDemand(prefix);
      }
    }
    return IriExpansion.expand(state.terms, state.vocab, state.base, value, false);
  }

  ContextState state() {
    return state;
  }

  ObjectNode local() {
    return local;
  }

  Map<String, Boolean> defined() {
    return defined;
  }

  boolean protectedFlag() {
    return protectedFlag;
  }

  boolean fromCore() {
    return options.fromCore();
  }

  Set<String> definitionKeys() {
    return DEFINITION_KEYS;
  }

  void validateScoped(JsonNode scoped) {
    processor.validateScoped(state, scoped, baseUrl, path);
  }

  String baseUrl() {
    return baseUrl;
  }
}
