package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * One effective NGSI-LD context, compiled once by {@link ContextCompiler}: immutable term maps plus
 * bounded memo tables, so that expanding or compacting a name is a hash lookup. Thread-safe and
 * holding no per-entity state; the broker caches instances by the raw context value (see {@link
 * ContextCompiler#cacheKey}).
 *
 * <p>The fast path covers what NGSI-LD expands: names, types and vocab values, including scoped
 * contexts: {@link #forEntityTypes} and {@link #forAttributeValue} derive (once, then memoized) the
 * contexts that type-scoped and property-scoped contexts put in effect, see {@link ScopedContexts}.
 * The v1.9 core context's own {@code ngsildproof} term is the exception: its scoped context only
 * applies inside a proof value that NGSI-LD treats as plain JSON. A top-level {@code @propagate:
 * false} in the user's context has no effect, because JSON-LD only reads it from a context that is
 * an object, and the effective context is an array.
 */
public final class CompiledContext implements LdContext {
  private static final int MEMO_LIMIT = 4096;
  private static final String NULL = "\u0000null";

  private final JsonNode userContext;
  private final Map<String, TermDefinition> terms;
  private final String vocab;
  private final String base;
  private final CoreContext.Version coreVersion;
  private final ContextResolver resolver;
  private final CompiledContext root;
  private final CompiledContext previous;
  private final boolean hasScopedTerms;
  private final boolean needsFullProcessing;
  private final IriCompaction compaction;
  private final Map<String, String> expanded = new ConcurrentHashMap<>();
  private final Map<String, String> compactedNames = new ConcurrentHashMap<>();
  private final Map<String, String> compactedValues = new ConcurrentHashMap<>();
  private final Map<String, CompiledContext> attributeScopes = new ConcurrentHashMap<>();
  private final Map<List<String>, CompiledContext> typeScopes = new ConcurrentHashMap<>();

  CompiledContext(
      JsonNode userContext,
      ContextState state,
      CoreContext.Version coreVersion,
      ContextResolver resolver) {
    this(userContext, state, coreVersion, resolver, null, null);
  }

  private CompiledContext(
      JsonNode userContext,
      ContextState state,
      CoreContext.Version coreVersion,
      ContextResolver resolver,
      CompiledContext root,
      CompiledContext previous) {
    this.userContext = userContext == null || root != null ? userContext : userContext.deepCopy();
    this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(state.terms));
    this.vocab = state.vocab;
    this.base = state.base;
    this.coreVersion = coreVersion;
    this.resolver = resolver;
    this.root = root == null ? this : root;
    this.previous = previous;
    this.hasScopedTerms = terms.values().stream().anyMatch(CompiledContext::isScoped);
    this.needsFullProcessing = terms.values().stream().anyMatch(CompiledContext::isUnsupported);
    this.compaction = new IriCompaction(terms, vocab);
  }

  private static boolean isScoped(TermDefinition definition) {
    return definition.scopedContext() != null && !definition.fromCore();
  }

  private static boolean isUnsupported(TermDefinition definition) {
    return definition.reverse()
        || definition.nest() != null
        || JsonLdKeywords.NEST.equals(definition.iri());
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
  public CompiledContext forEntityTypes(List<String> types) {
    if (!hasScopedTerms) {
      return this;
    }
    List<String> scoped = new ArrayList<>();
    for (String type : types) {
      TermDefinition definition = terms.get(type);
      if (definition != null && isScoped(definition) && !scoped.contains(type)) {
        scoped.add(type);
      }
    }
    if (scoped.isEmpty()) {
      return this;
    }
    Collections.sort(scoped);
    CompiledContext known = typeScopes.get(scoped);
    if (known != null) {
      return known;
    }
    CompiledContext result = this;
    for (String type : scoped) {
      result = ScopedContexts.apply(result, type, terms.get(type), false);
    }
    return remember(typeScopes, List.copyOf(scoped), result);
  }

  @Override
  public CompiledContext forAttributeValue(String term) {
    CompiledContext base = previous == null ? this : previous;
    if (!hasScopedTerms) {
      return base;
    }
    TermDefinition definition = terms.get(term);
    if (definition == null || !isScoped(definition)) {
      return base;
    }
    CompiledContext known = attributeScopes.get(term);
    if (known != null) {
      return known;
    }
    return remember(attributeScopes, term, ScopedContexts.apply(base, term, definition, true));
  }

  private static <K> CompiledContext remember(
      Map<K, CompiledContext> memo, K key, CompiledContext value) {
    if (memo.size() >= MEMO_LIMIT) {
      memo.clear();
    }
    memo.put(key, value);
    return value;
  }

  /** Rejects reverse properties: an NGSI-LD attribute always belongs to its entity. */
  @Override
  public void checkAttributeName(String term) {
    TermDefinition definition = needsFullProcessing ? terms.get(term) : null;
    if (definition != null && definition.reverse()) {
      throw NgsiLdException.badData(
          "The attribute name "
              + Uris.quote(term)
              + " is a reverse property (@reverse) in the @context: not supported by NGSI-LD");
    }
  }

  @Override
  public JsonNode userContext() {
    return userContext == null ? null : userContext.deepCopy();
  }

  /**
   * True when the user's context uses JSON-LD features the fast path does not reproduce: {@code
   * @reverse} terms (the readers reject them as attribute names, see {@link #checkAttributeName})
   * and {@code @nest} (the readers reject a member that is a {@code @nest} alias; the writer does
   * not nest attributes under the term's {@code @nest} value, which JSON-LD compaction would do).
   * {@link FullJsonLd} processes such documents exactly.
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

  // For ScopedContexts: the state to derive from, and the derived context.

  ContextState stateCopy() {
    return ContextState.of(terms, vocab, base);
  }

  ContextResolver resolver() {
    return resolver;
  }

  CompiledContext root() {
    return root;
  }

  CompiledContext previous() {
    return previous;
  }

  TermDefinition definition(String term) {
    return terms.get(term);
  }

  CompiledContext derived(ContextState state, CompiledContext previousContext) {
    return new CompiledContext(userContext, state, coreVersion, resolver, root, previousContext);
  }
}
