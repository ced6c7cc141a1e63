package org.civicbroker.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextReferencesTest {
  private static final String BASE = "https://example.org/ctx/";
  private static final JsonNode REMOTE = Fixtures.json("example-remote-contexts.json");

  @Test
  void directReferencesAreUrlsImportsAndScopedContextsButNotTheCore() {
    JsonNode context = Fixtures.json("references.json");
    assertThat(ContextReferences.direct(context, null))
        .containsExactly(
            "https://example.org/ctx/main.jsonld",
            "https://example.org/ctx/imported.jsonld",
            "https://example.org/ctx/scoped.jsonld");
  }

  @Test
  void documentReferencesResolveAgainstTheDocumentUrl() {
    String url = BASE + "with-relative.jsonld";
    assertThat(ContextReferences.ofDocument(REMOTE.get(url), url))
        .containsExactly(BASE + "units.jsonld");
    assertThat(ContextReferences.ofDocument(Fixtures.parse("[]"), url)).isEmpty();
  }

  @Test
  void missingFollowsFetchedDocumentsUntilEverythingIsThere() {
    Map<String, JsonNode> fetched = new HashMap<>();
    JsonNode context = Fixtures.parse("\"" + BASE + "main.jsonld\"");
    assertThat(ContextReferences.missing(context, ContextResolver.of(fetched)))
        .containsExactly(BASE + "main.jsonld");
    fetched.put(BASE + "main.jsonld", REMOTE.get(BASE + "main.jsonld"));
    assertThat(ContextReferences.missing(context, ContextResolver.of(fetched)))
        .containsExactly(BASE + "units.jsonld", BASE + "imported.jsonld");
    fetched.put(BASE + "units.jsonld", REMOTE.get(BASE + "units.jsonld"));
    fetched.put(BASE + "imported.jsonld", REMOTE.get(BASE + "imported.jsonld"));
    assertThat(ContextReferences.missing(context, ContextResolver.of(fetched))).isEmpty();
  }

  @Test
  void missingStopsAtCycles() {
    Map<String, JsonNode> fetched = new HashMap<>();
    fetched.put(BASE + "a.jsonld", REMOTE.get(BASE + "a.jsonld"));
    fetched.put(BASE + "b.jsonld", REMOTE.get(BASE + "b.jsonld"));
    JsonNode context = Fixtures.parse("\"" + BASE + "a.jsonld\"");
    assertThat(ContextReferences.missing(context, ContextResolver.of(fetched))).isEmpty();
  }
}
