package org.civicbroker.broker.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.common.Unis;
import org.civicbroker.broker.config.BrokerConfig;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextReferences;
import org.civicbroker.model.jsonld.ContextResolver;
import org.civicbroker.model.jsonld.LdContext;

/**
 * Resolves a request's user @context into a compiled {@link LdContext}: the built-in core context
 * is never fetched, remote documents are fetched once (with all nested remote contexts) and cached
 * with a TTL, and each distinct context value is compiled once.
 */
@ApplicationScoped
public class ContextService {
  private final RemoteContextFetcher fetcher;
  private final BrokerConfig.Contexts config;
  private final AsyncCache<String, JsonNode> documents;
  private final Cache<String, LdContext> compiled;
  private final LdContext coreOnly;

  @Inject
  public ContextService(RemoteContextFetcher fetcher, BrokerConfig config) {
    this.fetcher = fetcher;
    this.config = config.contexts();
    this.documents =
        Caffeine.newBuilder()
            .maximumSize(this.config.cacheSize())
            .expireAfterWrite(this.config.cacheTtl())
            .buildAsync();
    this.compiled =
        Caffeine.newBuilder()
            .maximumSize(this.config.cacheSize())
            .expireAfterWrite(this.config.cacheTtl())
            .build();
    this.coreOnly = ContextCompiler.coreOnly();
  }

  /** The context for a request; {@code userContext} null means core context only. */
  public Uni<LdContext> resolve(JsonNode userContext) {
    if (userContext == null || userContext.isNull()) {
      return Uni.createFrom().item(coreOnly);
    }
    String key = ContextCompiler.cacheKey(userContext);
    LdContext known = compiled.getIfPresent(key);
    if (known != null) {
      return Uni.createFrom().item(known);
    }
    Map<String, JsonNode> fetched = new ConcurrentHashMap<>();
    return Unis.onCallerContext(
        fetchMissing(userContext, fetched, 0)
            .map(
                done ->
                    compiled.get(
                        key,
                        k -> ContextCompiler.compile(userContext, ContextResolver.of(fetched)))));
  }

  /** The context with only the core context. */
  public LdContext coreOnly() {
    return coreOnly;
  }

  /** Fetches what the context still misses, level by level, until nothing is missing. */
  private Uni<Void> fetchMissing(JsonNode userContext, Map<String, JsonNode> fetched, int level) {
    Set<String> missing = ContextReferences.missing(userContext, fetched::get);
    if (missing.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    if (fetched.size() + missing.size() > config.maxRemoteReferences()) {
      return Uni.createFrom()
          .failure(
              new NgsiLdException(
                  ErrorType.LD_CONTEXT_NOT_AVAILABLE,
                  "The @context references more than "
                      + config.maxRemoteReferences()
                      + " remote documents"));
    }
    List<Uni<JsonNode>> loads =
        missing.stream().map(url -> document(url).invoke(doc -> fetched.put(url, doc))).toList();
    return Uni.join()
        .all(loads)
        .andFailFast()
        .flatMap(docs -> fetchMissing(userContext, fetched, level + 1));
  }

  private Uni<JsonNode> document(String url) {
    return Uni.createFrom()
        .completionStage(
            documents.get(url, (k, executor) -> fetcher.fetch(k).subscribeAsCompletionStage()));
  }

  /** Copies the cache sizes, for tests and metrics. */
  Map<String, Long> stats() {
    Map<String, Long> stats = new HashMap<>();
    stats.put("documents", (long) documents.synchronous().asMap().size());
    stats.put("compiled", compiled.estimatedSize());
    return stats;
  }
}
