package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Compiles a user's {@code @context} into a {@link CompiledContext}, once per distinct context.
 *
 * <p>The effective context is {@code [{"@vocab": default-context}, user context..., core context]}:
 * the NGSI-LD default vocabulary first (so that the user's terms can be relative to it), then the
 * user's contexts in order, then the core context last, so that the core's protected definitions
 * win (ETSI GS CIM 009 clause 5.5.7: the core context is always implicitly included, and its terms
 * cannot be overridden). A core context URL inside the user's context resolves to the built-in
 * copy; the core version appended last is the one the user's context named (the last one
 * processed), else v1.8. A user context that redefines a protected core term <em>after</em> naming
 * the core context is invalid, as JSON-LD says; one that defines it before simply loses to the
 * core.
 *
 * <p>Errors are {@link NgsiLdException}s: {@link ErrorType#LD_CONTEXT_NOT_AVAILABLE} (503) when a
 * remote context is missing, recursive, or not a valid JSON-LD context (NGSI-LD's error type for
 * a @context that cannot be retrieved or used); {@link ErrorType#BAD_REQUEST_DATA} (400) when the
 * context value the client put in its request is invalid (an inline definition, a malformed or
 * relative reference, two core versions, a protected term redefined after the core context): that
 * is bad input, not an unavailable document.
 */
public final class ContextCompiler {
  private static final ObjectNode DEFAULT_VOCAB_CONTEXT =
      JsonNodeFactory.instance.objectNode().put("@vocab", CoreContext.DEFAULT_VOCAB);
  private static final CompiledContext CORE_ONLY = compile(null, ContextResolver.none());

  private ContextCompiler() {}

  /** The context of a request without a user context: the core context alone. */
  public static CompiledContext coreOnly() {
    return CORE_ONLY;
  }

  /**
   * Compiles {@code userContext} (a URL string, an inline object, or an array of both; null for
   * none) with the remote documents {@code resolver} has. Use {@link ContextReferences#missing}
   * first to learn which documents to fetch.
   *
   * @throws NgsiLdException LdContextNotAvailable or BadRequestData, see the class comment
   */
  public static CompiledContext compile(JsonNode userContext, ContextResolver resolver) {
    if (userContext != null && (userContext.isNull() || userContext.isMissingNode())) {
      userContext = null;
    }
    if (userContext == null && CORE_ONLY != null) {
      return CORE_ONLY;
    }
    ContextState state = new ContextState();
    ContextProcessor processor = new ContextProcessor(resolver);
    processor.process(state, DEFAULT_VOCAB_CONTEXT, null, List.of(), ContextProcessor.Options.TOP);
    if (userContext != null) {
      checkShape(userContext);
      try {
        processor.process(state, userContext, null, List.of(), ContextProcessor.Options.TOP);
      } catch (ProcessingError e) {
        throw toException(e);
      }
    }
    CoreContext.Version core =
        state.coreVersion == null ? CoreContext.DEFAULT_VERSION : state.coreVersion;
    try {
      processor.process(
          state, TextNode.valueOf(core.url()), null, List.of(), ContextProcessor.Options.TOP);
    } catch (ProcessingError e) {
      throw conflictWithCore(e, userContext);
    }
    return new CompiledContext(userContext, state, core, resolver);
  }

  /**
   * A cache key for a raw context value: its compact JSON text. Key order matters (it decides
   * JSON-LD's definition order), so keys are not sorted.
   */
  public static String cacheKey(JsonNode userContext) {
    return userContext == null ? "" : userContext.toString();
  }

  private static void checkShape(JsonNode userContext) {
    if (!(userContext.isTextual() || userContext.isObject() || userContext.isArray())) {
      throw NgsiLdException.badData(
          "Invalid JSON-LD @context: it must be a URL, an object or an array of these");
    }
  }

  private static NgsiLdException toException(ProcessingError e) {
    if (e.isUnavailable()) {
      return new NgsiLdException(ErrorType.LD_CONTEXT_NOT_AVAILABLE, e.getMessage());
    }
    if (e.remoteUrl() != null) {
      return new NgsiLdException(
          ErrorType.LD_CONTEXT_NOT_AVAILABLE,
          "The @context " + e.remoteUrl() + " is not a usable JSON-LD context: " + e.getMessage());
    }
    return NgsiLdException.badData("Invalid JSON-LD @context: " + e.getMessage());
  }

  /** The core context cannot be applied after the user's: the user's context is at fault. */
  private static NgsiLdException conflictWithCore(ProcessingError e, JsonNode userContext) {
    String detail = "The @context conflicts with the NGSI-LD core context: " + e.getMessage();
    if (userContext != null && ContextReferences.isOnlyReferences(userContext)) {
      return new NgsiLdException(ErrorType.LD_CONTEXT_NOT_AVAILABLE, detail);
    }
    return NgsiLdException.badData(detail);
  }
}
