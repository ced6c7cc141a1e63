package org.civicbroker.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;

class FullJsonLdTest {
  private final FullJsonLd full = new FullJsonLd(ContextResolver.none());
  private final CompiledContext context =
      ContextCompiler.compile(
          Fixtures.json("example-contexts.json").get("smart-city"), ContextResolver.none());

  @Test
  void expandsAndCompactsAnEntityWithTheEffectiveContext() {
    JsonNode entity = Fixtures.json("parking-entity.jsonld");
    JsonNode expanded = full.expand(entity, context);
    assertThat(expanded).isEqualTo(Fixtures.json("parking-entity-expanded.json"));
    // "category" is @vocab-typed: JSON-LD does not select it for a node-object value
    assertThat(full.compact(expanded, context))
        .isEqualTo(Fixtures.json("parking-entity-compacted.json"));
  }

  @Test
  void neverFetches() {
    CompiledContext remote =
        ContextCompiler.compile(
            TextNode.valueOf("https://example.org/ctx/main.jsonld"),
            ContextResolver.of(
                java.util.Map.of(
                    "https://example.org/ctx/main.jsonld",
                    Fixtures.parse("{\"@context\": {\"a\": \"http://example.org/a\"}}"))));
    assertThatThrownBy(() -> full.expand(Fixtures.parse("{\"id\": \"urn:a:b\"}"), remote))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> assertThat(e.type()).isEqualTo(ErrorType.LD_CONTEXT_NOT_AVAILABLE));
  }

  @Test
  void theV19CoreContextWorksWithoutTheDataIntegrityContext() {
    CompiledContext v19 =
        ContextCompiler.compile(TextNode.valueOf(CoreContext.V1_9_URL), ContextResolver.none());
    JsonNode expanded = full.expand(Fixtures.parse("{\"id\": \"urn:a:b\", \"type\": \"T\"}"), v19);
    assertThat(expanded.get(0).get("@type").get(0).textValue())
        .isEqualTo(CoreContext.DEFAULT_VOCAB + "T");
  }
}
