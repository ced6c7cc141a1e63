package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One effective NGSI-LD context, compiled once by {@link ContextCompiler}: immutable term maps plus
 * bounded memo tables, so that expanding or compacting a name is a hash lookup. Thread-safe and
 * holding no per-entity state; the broker caches instances by the raw context value (see {@link
 * ContextCompiler#cacheKey}).
 *
 * <p>The fast path covers what NGSI-LD expands: names, types and vocab values. It does not apply
 * scoped contexts ({@code @context} in a term definition), nesting ({@code @nest}), reverse
 * properties or a non-propagated context ({@code @propagate: false}); when the user's context uses
 * any of them, {@link #needsFullProcessing()} is true and callers must use {@link FullJsonLd}. The
 * one exception is the v1.9 core context's own {@code ngsildproof} term, whose scoped context only
 * applies inside a proof value that NGSI-LD treats as plain JSON.
 */
public final class CompiledContext implements LdContext {
  private static final int MEMO_LIMIT = 4096;
  private static final String NULL = "\u0000null";

  private final JsonNode userContext;
  private final Map<String, TermDefinition> terms;
  private final String vocab;
  private final String base;
  private final CoreContext.Version coreVersion;
  private final boolean needsFullProcessing;
  private final IriCompaction compaction;
  private final Map<String, String> expanded = new ConcurrentHashMap<>();
  private final Map<String, String> compactedNames = new ConcurrentHashMap<>();
  private final Map<String, String> compactedValues = new ConcurrentHashMap<>();

  CompiledContext(JsonNode userContext, ContextState state, CoreContext.Version coreVersion) {
    this.userContext = userContext == null ? null : userContext.deepCopy();
    this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(state.terms));
    this.vocab = state.vocab;
    this.base = state.base;
    this.coreVersion = coreVersion;
    this.needsFullProcessing = state.propagateFalse || usesUnsupportedFeature(state.terms);
    this.compaction = new IriCompaction(terms, vocab);
  }

  private static boolean usesUnsupportedFeature(Map<String, TermDefinition> terms) {
    for (TermDefinition definition : terms.values()) {
      boolean scoped = definition.scopedContext() != null && !definition.fromCore();
      if (scoped
          || definition.reverse()
          || definition.nest() != null
          || JsonLdKeywords.NEST.equals(definition.iri())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String expandAttributeName(String term) {
    return expand(term, false);
  }

  @Override
  public String expandType(String term) {
    return expand(term, true);
  }

  @Override
  public String expandVocab(String term) {
    return expand(term, true);
  }

  /**
   * IRI expansion with vocab = true. The vocabulary mapping is always set (the core context sets
   * it), so document-relative resolution never applies and one memo serves all three positions.
   */
  private String expand(String term, boolean documentRelative) {
    TermDefinition definition = terms.get(term);
    if (definition != null) {
      return definition.iri();
    }
    if (term == null || vocab == null) {
      return IriExpansion.expand(terms, vocab, base, term, documentRelative);
    }
    return memo(expanded, term, t -> IriExpansion.expand(terms, vocab, base, t, false));
  }

  @Override
  public String compactAttributeName(String iri) {
    return memo(compactedNames, iri, i -> compaction.compact(i, false));
  }

  @Override
  public String compactType(String iri) {
    return memo(compactedValues, iri, i -> compaction.compact(i, true));
  }

  @Override
  public String compactVocab(String iri) {
    return memo(compactedValues, iri, i -> compaction.compact(i, true));
  }

  private static String memo(Map<String, String> memo, String key, Function<String, String> f) {
    String result = memo.get(key);
    if (result == null) {
      String computed = f.apply(key);
      result = computed == null ? NULL : computed;
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(key, result);
    }
    return result == NULL ? null : result;
  }

  @Override
  public JsonNode userContext() {
    return userContext == null ? null : userContext.deepCopy();
  }

  /**
   * True when the user's context uses JSON-LD features the fast path does not apply (scoped
   * contexts, {@code @nest}, {@code @reverse}, {@code @propagate: false}): expansion and compaction
   * must then go through {@link FullJsonLd} to be exact.
   */
  public boolean needsFullProcessing() {
    return needsFullProcessing;
  }

  /** The core context version appended last: the one the user's context named, else v1.8. */
  public CoreContext.Version coreVersion() {
    return coreVersion;
  }

  /**
   * The effective context as a JSON-LD {@code @context} value: the default vocabulary, the user's
   * context entries, then the core context URL. A fresh array each call.
   */
  public ArrayNode effectiveContext() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    array.addObject().put("@vocab", CoreContext.DEFAULT_VOCAB);
    if (userContext != null && userContext.isArray()) {
      userContext.forEach(item -> array.add(item.deepCopy()));
    } else if (userContext != null) {
      array.add(userContext.deepCopy());
    }
    array.add(coreVersion.url());
    return array;
  }

  /** True when {@code term} is defined (possibly as null) in the effective context. */
  public boolean isDefined(String term) {
    return terms.containsKey(term);
  }
}
