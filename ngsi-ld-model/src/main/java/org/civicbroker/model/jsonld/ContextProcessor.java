package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.civicbroker.model.id.Uris;

/**
 * The JSON-LD 1.1 Context Processing algorithm (W3C JSON-LD 1.1 API section 4.1), applied to a
 * mutable {@link ContextState}. Remote contexts come from a {@link ContextResolver} (the core
 * context from the built-in copy); nothing is ever fetched here.
 *
 * <p>Deviations, each chosen to agree with Titanium (the full processor and test oracle): a remote
 * context's own {@code @base} is ignored; a cycle of remote contexts is reported as soon as a URL
 * reappears on the inclusion path (JSON-LD 1.1 would only overflow later); and while a scoped
 * context ({@code @context} of a term definition) is only validated at compile time, a remote
 * context inside it that the resolver does not have is skipped rather than required. When the
 * scoped context is applied ({@link ScopedContexts}), it is required like any other (the broker
 * fetches it beforehand: {@link ContextReferences#missing} lists it).
 */
final class ContextProcessor {
  /** Titanium's limit on nested remote contexts, also the limit on all inclusions here. */
  static final int MAX_REMOTE_CONTEXTS = 256;

  private static final Set<String> CONTEXT_KEYWORDS =
      Set.of(
          "@base",
          "@direction",
          "@import",
          "@language",
          "@propagate",
          "@protected",
          "@version",
          "@vocab");

  private final ContextResolver resolver;
  private int inclusions;

  ContextProcessor(ContextResolver resolver) {
    this.resolver = resolver;
  }

  /** Processing options: the parameters of the algorithm that vary between invocations. */
  record Options(boolean overrideProtected, boolean scoped, boolean fromCore) {
    static final Options TOP = new Options(false, false, false);
  }

  void process(
      ContextState state, JsonNode local, String baseUrl, List<String> path, Options options) {
    if (local.isObject()) {
      JsonNode propagate = local.get("@propagate");
      ContextEntries.checkPropagate(propagate);
      if (propagate != null && !propagate.booleanValue() && !options.scoped()) {
        state.propagateFalse = true;
      }
    }
    Iterable<JsonNode> items = local.isArray() ? local : List.of(local);
    for (JsonNode item : items) {
      if (item.isNull()) {
        nullify(state, options);
      } else if (item.isTextual()) {
        include(state, item.textValue(), baseUrl, path, options);
      } else if (item.isObject()) {
        define(state, (ObjectNode) item, baseUrl, path, options);
      } else {
        throw new ProcessingError(
            "invalid local context", "a context must be an IRI, an object, an array or null");
      }
    }
  }

  private static void nullify(ContextState state, Options options) {
    if (!options.overrideProtected() && state.hasProtectedTerm()) {
      throw new ProcessingError(
          "invalid context nullification", "a null context cannot clear protected terms");
    }
    state.reset();
  }

  /** Step 5.2: a remote context, dereferenced through the resolver (or the built-in core). */
  private void include(
      ContextState state, String reference, String baseUrl, List<String> path, Options options) {
    String url = absoluteUrl(reference, baseUrl);
    if (path.contains(url)) {
      if (options.scoped()) {
        return;
      }
      throw new ProcessingError(
          "recursive context inclusion", "the @context " + url + " includes itself");
    }
    if (path.size() >= MAX_REMOTE_CONTEXTS || ++inclusions > MAX_REMOTE_CONTEXTS) {
      throw new ProcessingError("context overflow", "too many remote contexts");
    }
    RemoteDocument remote = load(url, options);
    if (remote == null) {
      return;
    }
    List<String> nested = new ArrayList<>(path);
    nested.add(url);
    Options nestedOptions = new Options(options.overrideProtected(), options.scoped(), remote.core);
    try {
      process(state, remote.context, url, nested, nestedOptions);
    } catch (ProcessingError e) {
      // the built-in core is valid: a conflict with it is the fault of the context naming it
      throw remote.core ? e : e.within(url);
    }
    if (remote.core && !options.scoped()) {
      state.coreVersion = CoreContext.versionOf(url).orElseThrow();
    }
  }

  private record RemoteDocument(JsonNode context, boolean core) {}

  private RemoteDocument load(String url, Options options) {
    var coreVersion = CoreContext.versionOf(url);
    JsonNode document =
        coreVersion.isPresent() ? coreVersion.get().sharedDocument() : resolver.resolve(url);
    if (document == null) {
      if (options.scoped()) {
        return null;
      }
      throw ProcessingError.unavailable(url);
    }
    JsonNode context = document.isObject() ? document.get("@context") : null;
    if (context == null) {
      throw new ProcessingError(
              "invalid remote context", "the document is not a JSON object with an @context")
          .within(url);
    }
    if (context.isObject() && context.has("@base")) {
      context = ((ObjectNode) context).deepCopy().without("@base");
    }
    return new RemoteDocument(context, coreVersion.isPresent());
  }

  static String absoluteUrl(String reference, String baseUrl) {
    String url = Iris.resolve(baseUrl, reference);
    if (!Iris.isAbsolute(url)) {
      throw new ProcessingError(
          "loading remote context failed",
          "the @context reference " + Uris.quote(reference) + " is not an absolute URL");
    }
    return url;
  }

  /** Steps 5.4 to 5.13: a context definition (an object). */
  private void define(
      ContextState state, ObjectNode definition, String baseUrl, List<String> path, Options opts) {
    ContextEntries.checkVersion(definition.get("@version"));
    ObjectNode context = definition;
    if (definition.has("@import")) {
      context = imported(definition, baseUrl, opts);
    }
    ContextEntries.applyBase(state, context.get("@base"));
    ContextEntries.applyVocab(state, context.get("@vocab"));
    ContextEntries.checkLanguage(context.get("@language"));
    ContextEntries.checkDirection(context.get("@direction"));
    ContextEntries.checkPropagate(context.get("@propagate"));
    JsonNode protectedValue = context.get("@protected");
    if (protectedValue != null && !protectedValue.isBoolean()) {
      throw new ProcessingError("invalid @protected value", "@protected must be a boolean");
    }
    boolean protectedFlag = protectedValue != null && protectedValue.booleanValue();
    TermDefinitionFactory factory =
        new TermDefinitionFactory(
            this, state, context, new HashMap<>(), baseUrl, path, protectedFlag, opts);
    var names = context.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!CONTEXT_KEYWORDS.contains(name)) {
        factory.create(name);
      }
    }
  }

  /** Step 5.6: {@code @import} merges a remote context definition under the local one. */
  private ObjectNode imported(ObjectNode definition, String baseUrl, Options options) {
    JsonNode value = definition.get("@import");
    if (!value.isTextual()) {
      throw new ProcessingError("invalid @import value", "@import must be a string");
    }
    String url = absoluteUrl(value.textValue(), baseUrl);
    RemoteDocument remote = load(url, new Options(false, false, false));
    if (!remote.context.isObject()) {
      throw new ProcessingError("invalid remote context", "an imported @context must be an object")
          .within(url);
    }
    if (remote.context.has("@import")) {
      throw new ProcessingError("invalid context entry", "an imported context cannot @import")
          .within(url);
    }
    ObjectNode merged = ((ObjectNode) remote.context).deepCopy();
    merged.setAll(definition);
    return merged;
  }

  /** Step 21 of Create Term Definition: a scoped context must itself be a valid context. */
  void validateScoped(ContextState state, JsonNode scoped, String baseUrl, List<String> path) {
    try {
      process(state.copy(), scoped, baseUrl, path, new Options(true, true, false));
    } catch (ProcessingError e) {
      throw new ProcessingError("invalid scoped context", e.getMessage());
    }
  }
}
