package org.civicbroker.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;

/** Remote contexts: resolved from already-fetched documents, nested, imported, or rejected. */
class RemoteContextTest {
  private static final String BASE = "https://example.org/ctx/";
  private static final Map<String, JsonNode> DOCUMENTS = documents();

  private static Map<String, JsonNode> documents() {
    Map<String, JsonNode> documents = new HashMap<>();
    Fixtures.json("example-remote-contexts.json")
        .properties()
        .forEach(e -> documents.put(e.getKey(), e.getValue()));
    return documents;
  }

  private static CompiledContext compile(String url) {
    return ContextCompiler.compile(TextNode.valueOf(url), ContextResolver.of(DOCUMENTS));
  }

  private static void assertRejected(String url, ErrorType type, String detail) {
    assertThatThrownBy(() -> compile(url))
        .isInstanceOfSatisfying(NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(type))
        .hasMessageContaining(detail);
  }

  @Test
  void nestedAndImportedContextsAreResolvedThroughTheResolver() throws JsonLdError {
    CompiledContext context = compile(BASE + "main.jsonld");
    List<String> names = List.of("speed", "unit", "temperature", "location");
    List<String> expanded = names.stream().map(context::expandAttributeName).toList();
    assertThat(expanded)
        .containsExactly(
            "http://example.org/speed",
            "http://example.org/unit",
            "http://example.org/temperature",
            CoreContext.NGSI_LD_NAMESPACE + "location");
    var oracle =
        new OracleQueries(
            new TitaniumOracle(DOCUMENTS, CoreContext.V1_8_URL),
            TextNode.valueOf(BASE + "main.jsonld"));
    assertThat(oracle.expandAttributeNames(names)).isEqualTo(expanded);
    assertThat(context.userContext()).isEqualTo(TextNode.valueOf(BASE + "main.jsonld"));
  }

  @Test
  void relativeReferencesResolveAgainstTheDocumentThatHoldsThem() {
    assertThat(compile(BASE + "with-relative.jsonld").expandAttributeName("unit"))
        .isEqualTo("http://example.org/unit");
  }

  @Test
  void aContextTheResolverDoesNotHaveIsNotAvailable() {
    assertRejected(BASE + "unknown.jsonld", ErrorType.LD_CONTEXT_NOT_AVAILABLE, "unknown.jsonld");
  }

  @Test
  void recursiveInclusionIsRejected() {
    assertRejected(BASE + "a.jsonld", ErrorType.LD_CONTEXT_NOT_AVAILABLE, "recursive");
  }

  @Test
  void anInvalidRemoteContextIsNotAvailable() {
    assertRejected(BASE + "invalid.jsonld", ErrorType.LD_CONTEXT_NOT_AVAILABLE, "invalid.jsonld");
    assertRejected(BASE + "not-a-context.jsonld", ErrorType.LD_CONTEXT_NOT_AVAILABLE, "@context");
  }

  @Test
  void aProtectedUserTermThatTheCoreContextRedefinesIsAConflict() {
    assertRejected(
        BASE + "protected.jsonld",
        ErrorType.LD_CONTEXT_NOT_AVAILABLE,
        "conflicts with the NGSI-LD");
    JsonNode inline =
        Fixtures.parse("[{\"@protected\": true, \"location\": \"http://example.org/l\"}]");
    assertThatThrownBy(() -> ContextCompiler.compile(inline, ContextResolver.none()))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA));
  }

  @Test
  void coreContextUrlsAreNeverAskedOfTheResolver() {
    List<String> asked = new java.util.ArrayList<>();
    ContextResolver recording =
        url -> {
          asked.add(url);
          return null;
        };
    for (String url :
        List.of(CoreContext.V1_8_URL, CoreContext.UNVERSIONED_URL, CoreContext.V1_9_URL)) {
      assertThat(ContextCompiler.compile(TextNode.valueOf(url), recording).expandType("Property"))
          .isEqualTo(CoreContext.NGSI_LD_NAMESPACE + "Property");
    }
    // v1.9 names the Data Integrity context in a scoped context: asked for, not required
    assertThat(asked).containsOnly(CoreContext.DATA_INTEGRITY_V2_URL);
  }
}
