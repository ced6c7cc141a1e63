package org.civicbroker.model.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Full JSON-LD 1.1 expansion and compaction with Titanium, using the same effective context as
 * {@link CompiledContext} (default vocabulary, user context, core context last). It is the slow
 * path (about a millisecond per entity) and the test oracle of the fast path: use it only when
 * {@link CompiledContext#needsFullProcessing()} says so, never per entity on the hot path.
 *
 * <p>Documents are loaded from memory only: the built-in core contexts, and the documents of the
 * given {@link ContextResolver}; nothing is fetched from the network. The Data Integrity v2 context
 * that the v1.9 core context references (for its {@code ngsildproof} term) is served as an empty
 * context unless the resolver has it, so proof values are then not expanded by that vocabulary.
 */
public final class FullJsonLd {
  private static final Map<CoreContext.Version, Document> CORE_DOCUMENTS = coreDocuments();

  private final ContextResolver resolver;

  public FullJsonLd(ContextResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Expands {@code document} (an object or an array of objects, with or without an {@code @context}
   * entry, which is replaced) with the effective context of {@code context}.
   *
   * @return the expanded form: an array of node objects
   * @throws NgsiLdException BadRequestData when the document is not valid JSON-LD
   */
  public JsonNode expand(JsonNode document, CompiledContext context) {
    JsonNode input = withContext(document, context);
    try {
      JsonStructure json = (JsonStructure) JakartaJson.toJakarta(input);
      return JakartaJson.toJackson(JsonLd.expand(JsonDocument.of(json)).options(options()).get());
    } catch (JsonLdError e) {
      throw toException(e);
    } catch (NullPointerException | IllegalArgumentException | ClassCastException e) {
      throw processorFailure(e);
    }
  }

  /**
   * Compacts an expanded document with the effective context of {@code context}.
   *
   * @return the compacted object, without its {@code @context} entry (several top-level nodes are
   *     under {@code @graph})
   */
  public JsonNode compact(JsonNode expanded, CompiledContext context) {
    ObjectNode contextDocument = JsonNodeFactory.instance.objectNode();
    contextDocument.set("@context", context.effectiveContext());
    try {
      JsonStructure input = (JsonStructure) JakartaJson.toJakarta(expanded);
      JsonStructure ctx = (JsonStructure) JakartaJson.toJakarta(contextDocument);
      var result =
          JsonLd.compact(JsonDocument.of(input), JsonDocument.of(ctx)).options(options()).get();
      ObjectNode compacted = (ObjectNode) JakartaJson.toJackson(result);
      compacted.remove("@context");
      return compacted;
    } catch (JsonLdError e) {
      throw toException(e);
    } catch (NullPointerException | IllegalArgumentException | ClassCastException e) {
      throw processorFailure(e);
    }
  }

  private static JsonNode withContext(JsonNode document, CompiledContext context) {
    if (document.isArray()) {
      var array = JsonNodeFactory.instance.arrayNode();
      document.forEach(item -> array.add(withContext(item, context)));
      return array;
    }
    if (!document.isObject()) {
      throw NgsiLdException.badData("A JSON-LD document must be an object or an array");
    }
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    copy.set("@context", context.effectiveContext());
    document.properties().forEach(e -> copy.set(e.getKey(), e.getValue()));
    copy.set("@context", context.effectiveContext());
    return copy;
  }

  private JsonLdOptions options() {
    return new JsonLdOptions(new MemoryLoader(resolver));
  }

  private static NgsiLdException toException(JsonLdError e) {
    JsonLdErrorCode code = e.getCode();
    if (code == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED
        || code == JsonLdErrorCode.LOADING_DOCUMENT_FAILED) {
      return new NgsiLdException(
          ErrorType.LD_CONTEXT_NOT_AVAILABLE, "JSON-LD context not available: " + e.getMessage());
    }
    return NgsiLdException.badData("Invalid JSON-LD (" + code + "): " + e.getMessage());
  }

  /**
   * Titanium 1.6.0 fails with runtime exceptions on some inputs JSON-LD defines (for example a
   * {@code @vocab}-coerced value that expands to null): reported as bad data, not a server error.
   */
  private static NgsiLdException processorFailure(RuntimeException e) {
    return new NgsiLdException(
        ErrorType.BAD_REQUEST_DATA, "The document cannot be processed as JSON-LD: " + e, e);
  }

  private static Map<CoreContext.Version, Document> coreDocuments() {
    Map<CoreContext.Version, Document> documents = new EnumMap<>(CoreContext.Version.class);
    for (CoreContext.Version version : CoreContext.Version.values()) {
      documents.put(version, document(version.sharedDocument(), version.url()));
    }
    return documents;
  }

  private static Document document(JsonNode json, String url) {
    JsonDocument document = JsonDocument.of((JsonStructure) JakartaJson.toJakarta(json));
    document.setDocumentUrl(URI.create(url));
    return document;
  }

  /** Serves the core contexts and the resolver's documents from memory; never the network. */
  private record MemoryLoader(ContextResolver resolver) implements DocumentLoader {
    private static final JsonNode EMPTY_CONTEXT =
        JsonNodeFactory.instance
            .objectNode()
            .set("@context", JsonNodeFactory.instance.objectNode());

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
      String key = url.toString();
      var core = CoreContext.versionOf(key);
      if (core.isPresent()) {
        return CORE_DOCUMENTS.get(core.get());
      }
      JsonNode json = resolver.resolve(key);
      if (json == null && CoreContext.DATA_INTEGRITY_V2_URL.equals(key)) {
        json = EMPTY_CONTEXT;
      }
      if (json == null) {
        throw new JsonLdError(
            JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "The @context " + key + " is not available");
      }
      return document(json, key);
    }
  }
}
