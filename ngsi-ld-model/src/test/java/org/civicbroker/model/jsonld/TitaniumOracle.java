package org.civicbroker.model.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.util.Map;

/**
 * The test oracle: Titanium run directly (not through the production classes) on an effective
 * context built here independently: default vocabulary, the user's entries, the core URL last.
 * Shared by the term-level and the entity-level oracle properties.
 */
public final class TitaniumOracle {
  static final String NGSI = CoreContext.NGSI_LD_NAMESPACE;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, JsonNode> remote;
  private final String coreUrl;

  TitaniumOracle(Map<String, JsonNode> remote, String coreUrl) {
    this.remote = Map.copyOf(remote);
    this.coreUrl = coreUrl;
  }

  public static TitaniumOracle v18() {
    return new TitaniumOracle(Map.of(), CoreContext.V1_8_URL);
  }

  ArrayNode effective(JsonNode user) {
    ArrayNode array = NODES.arrayNode();
    array.addObject().put("@vocab", CoreContext.DEFAULT_VOCAB);
    if (user != null && user.isArray()) {
      user.forEach(array::add);
    } else if (user != null) {
      array.add(user);
    }
    array.add(coreUrl);
    return array;
  }

  /** Expands {@code document}, whose own @context is replaced by the effective one. */
  public JsonNode expand(JsonNode document, JsonNode user) throws JsonLdError {
    JsonNode input = document.isArray() ? withContexts(document, user) : with(document, user);
    JsonStructure json = (JsonStructure) JakartaJson.toJakarta(input);
    return JakartaJson.toJackson(JsonLd.expand(JsonDocument.of(json)).options(options()).get());
  }

  public JsonNode compact(JsonNode expanded, JsonNode user) throws JsonLdError {
    ObjectNode context = NODES.objectNode();
    context.set("@context", effective(user));
    JsonStructure input = (JsonStructure) JakartaJson.toJakarta(expanded);
    JsonStructure ctx = (JsonStructure) JakartaJson.toJakarta(context);
    return JakartaJson.toJackson(
        JsonLd.compact(JsonDocument.of(input), JsonDocument.of(ctx)).options(options()).get());
  }

  /**
   * Null when Titanium accepts the context, else its error. Titanium 1.6.0 fails with a
   * NullPointerException on some invalid term definitions (an {@code @id} that expands to null):
   * that counts as a rejection too.
   */
  public Exception contextError(JsonNode user) {
    ObjectNode doc = NODES.objectNode().put("@id", "urn:ngsi-ld:T:0");
    try {
      expand(doc, user);
      return null;
    } catch (JsonLdError | NullPointerException e) {
      return e;
    }
  }

  private ArrayNode withContexts(JsonNode documents, JsonNode user) {
    ArrayNode array = NODES.arrayNode();
    documents.forEach(d -> array.add(with(d, user)));
    return array;
  }

  private ObjectNode with(JsonNode document, JsonNode user) {
    ObjectNode copy = ((ObjectNode) document).deepCopy();
    copy.set("@context", effective(user));
    return copy;
  }

  private JsonLdOptions options() {
    DocumentLoader loader =
        (url, options) -> {
          String key = url.toString();
          var core = CoreContext.versionOf(key);
          if (core.isPresent()) {
            return CORE.get(core.get());
          }
          JsonNode json = remote.get(key);
          if (json == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no document " + key);
          }
          return document(json, key);
        };
    return new JsonLdOptions(loader);
  }

  private static final Map<CoreContext.Version, Document> CORE =
      Map.of(
          CoreContext.Version.V1_8,
              document(CoreContext.Version.V1_8.document(), CoreContext.V1_8_URL),
          CoreContext.Version.V1_9,
              document(CoreContext.Version.V1_9.document(), CoreContext.V1_9_URL));

  private static Document document(JsonNode json, String url) {
    JsonDocument document = JsonDocument.of((JsonStructure) JakartaJson.toJakarta(json));
    document.setDocumentUrl(URI.create(url));
    return document;
  }
}
