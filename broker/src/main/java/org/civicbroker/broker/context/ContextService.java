package org.civicbroker.broker.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicbroker.broker.config.BrokerConfig;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.ContextCompiler;
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
    this.coreOnly = ContextCompiler.compile(null, url -> null);
  }

  /** The context for a request; {@code userContext} null means core context only. */
  public Uni<LdContext> resolve(JsonNode userContext) {
    if (userContext == null || userContext.isNull()) {
      return Uni.createFrom().item(coreOnly);
    }
    String key = userContext.toString();
    LdContext known = compiled.getIfPresent(key);
    if (known != null) {
      return Uni.createFrom().item(known);
    }
    Map<String, JsonNode> fetched = new ConcurrentHashMap<>();
    return fetchAll(ContextCompiler.remoteReferences(userContext), fetched, new HashSet<>())
        .map(done -> compiled.get(key, k -> ContextCompiler.compile(userContext, fetched::get)));
  }

  /** The context with only the core context. */
  public LdContext coreOnly() {
    return coreOnly;
  }

  private Uni<Void> fetchAll(List<String> urls, Map<String, JsonNode> fetched, Set<String> seen) {
    List<String> fresh = urls.stream().filter(seen::add).toList();
    if (fresh.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    if (seen.size() > config.maxRemoteReferences()) {
      return Uni.createFrom()
          .failure(
              new NgsiLdException(
                  ErrorType.LD_CONTEXT_NOT_AVAILABLE,
                  "The @context references more than "
                      + config.maxRemoteReferences()
                      + " remote documents"));
    }
    List<Uni<List<String>>> loads =
        fresh.stream().map(url -> document(url).map(doc -> nested(url, doc, fetched))).toList();
    return Uni.join()
        .all(loads)
        .andFailFast()
        .flatMap(lists -> fetchAll(lists.stream().flatMap(List::stream).toList(), fetched, seen));
  }

  private List<String> nested(String url, JsonNode doc, Map<String, JsonNode> fetched) {
    fetched.put(url, doc);
    return ContextCompiler.remoteReferences(doc);
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
