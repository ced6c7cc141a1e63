package org.civicbroker.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;

/** Example-based checks of compilation, expansion and compaction, each also held to Titanium. */
class ContextCompilerTest {
  private static final String NGSI = CoreContext.NGSI_LD_NAMESPACE;
  private static final String DEFAULT = CoreContext.DEFAULT_VOCAB;
  private static final JsonNode EXAMPLES = Fixtures.json("example-contexts.json");

  private static JsonNode example(String name) {
    JsonNode context = EXAMPLES.get(name);
    assertThat(context).as(name).isNotNull();
    return context;
  }

  private static CompiledContext compile(String name) {
    return ContextCompiler.compile(example(name), ContextResolver.none());
  }

  private static OracleQueries titanium(String name) {
    return new OracleQueries(TitaniumOracle.v18(), example(name));
  }

  @Test
  void coreOnlyExpandsCoreTermsAndUsesTheDefaultVocabulary() throws JsonLdError {
    CompiledContext core = ContextCompiler.coreOnly();
    assertThat(core.expandAttributeName("location")).isEqualTo(NGSI + "location");
    assertThat(core.expandAttributeName("speed")).isEqualTo(DEFAULT + "speed");
    assertThat(core.expandType("Building")).isEqualTo(DEFAULT + "Building");
    assertThat(core.compactAttributeName(NGSI + "location")).isEqualTo("location");
    // observedAt is typed (DateTime): not selectable for a node-object value, as JSON-LD says
    assertThat(core.compactAttributeName(NGSI + "observedAt")).isEqualTo("ngsi-ld:observedAt");
    assertThat(core.compactAttributeName(DEFAULT + "speed")).isEqualTo("speed");
    assertThat(core.userContext()).isNull();
    assertThat(core.needsFullProcessing()).isFalse();
    var oracle = new OracleQueries(TitaniumOracle.v18(), null);
    List<String> names = List.of("location", "speed", "ngsi-ld:foo", "http://example.org/a");
    assertThat(names.stream().map(core::expandAttributeName).toList())
        .isEqualTo(oracle.expandAttributeNames(names));
  }

  /**
   * IRI expansion takes a term of the active context before splitting a compact IRI (JSON-LD 1.1
   * API 5.2.2, step 4 before step 6): {@code "p0": "p0:a"} is not cyclic when {@code p0:a} is a
   * term already. Found by {@link FastPathMatchesTitaniumTest}.
   */
  @Test
  void aTermNamedLikeACompactIriIsNotExpandedThroughItsPrefix() throws JsonLdError {
    CompiledContext context = compile("compactIriTermAsItsOwnPrefix");
    List<String> names = List.of("p0", "p0:a", "p0:b");
    assertThat(names.stream().map(context::expandAttributeName).toList())
        .isEqualTo(titanium("compactIriTermAsItsOwnPrefix").expandAttributeNames(names));
  }

  @Test
  void compactIriWithTheCorePrefixExpandsAndCompactsBack() {
    CompiledContext core = ContextCompiler.coreOnly();
    assertThat(core.expandAttributeName("ngsi-ld:foo")).isEqualTo(NGSI + "foo");
    assertThat(core.compactAttributeName(NGSI + "foo")).isEqualTo("ngsi-ld:foo");
    assertThat(core.compactType("https://purl.org/geojson/vocab#Thing")).isEqualTo("geojson:Thing");
  }

  @Test
  void userContextTermsExpandAndCompactInEveryPosition() throws JsonLdError {
    CompiledContext context = compile("smart-city");
    OracleQueries oracle = titanium("smart-city");
    List<String> names =
        List.of(
            "availableSpotNumber",
            "totalSpotNumber",
            "name",
            "refParkingSite",
            "dateObserved",
            "category",
            "occupancy",
            "tags",
            "sdm:other",
            "unknownName",
            "https://example.org/absolute",
            "location");
    List<String> expanded = names.stream().map(context::expandAttributeName).toList();
    assertThat(expanded).isEqualTo(oracle.expandAttributeNames(names));
    assertThat(expanded.get(1))
        .isEqualTo("https://smartdatamodels.org/dataModel.Parking/totalSpotNumber");
    assertThat(expanded.stream().map(context::compactAttributeName).toList())
        .isEqualTo(oracle.compactAttributeNames(expanded))
        .containsExactly(
            "availableSpotNumber",
            "totalSpotNumber",
            "name",
            "refParkingSite",
            "sdm:dateObserved",
            "sdm:category",
            "sdm:occupancy",
            "tags",
            "sdm:other",
            "unknownName",
            "https://example.org/absolute",
            "location");
    List<String> types = List.of("OffStreetParking", "Open", "sdm:Thing", "Building");
    List<String> expandedTypes = types.stream().map(context::expandType).toList();
    assertThat(expandedTypes).isEqualTo(oracle.expandTypes(types));
    assertThat(expandedTypes.stream().map(context::compactType).toList())
        .isEqualTo(oracle.compactTypes(expandedTypes))
        .isEqualTo(types);
    List<String> vocabs = List.of("Open", "Closed", "sdm:status/Full");
    List<String> expandedVocabs = vocabs.stream().map(context::expandVocab).toList();
    assertThat(expandedVocabs).isEqualTo(oracle.expandVocabs(vocabs));
    assertThat(expandedVocabs.stream().map(context::compactVocab).toList())
        .isEqualTo(oracle.compactVocabs(expandedVocabs))
        .containsExactly("Open", "Closed", "sdm:status/Full");
  }

  @Test
  void ambiguousTermsPickTheLexicographicallyLeastSelectableTerm() throws JsonLdError {
    // JSON-LD 1.1 text says shortest first; Titanium (the oracle) sorts plainly: "abc" < "b".
    // "zz" has a @set container, which term selection tries before no container at all.
    CompiledContext context = compile("ambiguous-terms");
    List<String> iri = List.of("http://example.org/x");
    assertThat(context.compactAttributeName(iri.get(0))).isEqualTo("zz");
    assertThat(titanium("ambiguous-terms").compactAttributeNames(iri)).containsExactly("zz");
    assertThat(titanium("ambiguous-terms").compactTypes(iri)).containsExactly("zz");
  }

  @Test
  void aTermForACoreIriWinsOnlyWhenItSortsFirst() throws JsonLdError {
    List<String> location = List.of(NGSI + "location");
    assertThat(compile("alias-of-core-iri-before").compactAttributeName(location.get(0)))
        .isEqualTo("aLoc");
    assertThat(titanium("alias-of-core-iri-before").compactAttributeNames(location))
        .containsExactly("aLoc");
    assertThat(compile("alias-of-core-iri-after").compactAttributeName(location.get(0)))
        .isEqualTo("location");
    assertThat(compile("alias-of-core-iri-after").expandAttributeName("zLoc"))
        .isEqualTo(NGSI + "location");
  }

  @Test
  void theCorePrefixIsNotDefinedYetWhileTheUserContextIsProcessed() throws JsonLdError {
    // The core context comes last, so "ngsi-ld:location" in a user context is an absolute IRI
    // with the scheme "ngsi-ld", not the core IRI: user contexts must define the prefix.
    CompiledContext context = compile("core-prefix-before-core");
    assertThat(context.expandAttributeName("myLoc")).isEqualTo("ngsi-ld:location");
    assertThat(titanium("core-prefix-before-core").expandAttributeNames(List.of("myLoc")))
        .containsExactly("ngsi-ld:location");
  }

  @Test
  void coreTermsRedefinedBeforeTheCoreContextLoseToIt() throws JsonLdError {
    CompiledContext context = compile("redefines-core-term");
    assertThat(context.expandAttributeName("location")).isEqualTo(NGSI + "location");
    assertThat(context.expandAttributeName("value")).isEqualTo(NGSI + "hasValue");
    assertThat(titanium("redefines-core-term").expandAttributeNames(List.of("location")))
        .containsExactly(NGSI + "location");
  }

  @Test
  void aCoreTermRedefinedAfterTheCoreContextIsRejectedLikeJsonLdDoes() {
    assertThatThrownBy(() -> compile("redefines-core-term-after-core"))
        .isInstanceOf(NgsiLdException.class)
        .satisfies(
            e -> assertThat(((NgsiLdException) e).type()).isEqualTo(ErrorType.BAD_REQUEST_DATA))
        .hasMessageContaining("protected term redefinition");
    assertThat(TitaniumOracle.v18().contextError(example("redefines-core-term-after-core")))
        .isNotNull();
  }

  @Test
  void anIdenticalDefinitionOfACoreTermAfterTheCoreContextIsAllowed() {
    CompiledContext context = compile("same-definition-after-core");
    assertThat(context.expandType("Property")).isEqualTo(NGSI + "Property");
    assertThat(context.expandAttributeName("speed")).isEqualTo("http://example.org/speed");
    assertThat(context.coreVersion()).isEqualTo(CoreContext.Version.V1_8);
  }

  @Test
  void theCoreContextResetsAUserVocabularyMapping() throws JsonLdError {
    CompiledContext context = compile("user-vocab");
    assertThat(context.expandAttributeName("other")).isEqualTo(DEFAULT + "other");
    assertThat(titanium("user-vocab").expandAttributeNames(List.of("other")))
        .containsExactly(DEFAULT + "other");
  }

  @Test
  void typedTermsAreNotSelectedForAttributeNames() throws JsonLdError {
    CompiledContext context = compile("smart-city");
    String dateObserved = "https://smartdatamodels.org/dateObserved";
    assertThat(context.compactAttributeName(dateObserved)).isEqualTo("sdm:dateObserved");
    assertThat(context.compactType(dateObserved)).isEqualTo("sdm:dateObserved");
    assertThat(titanium("smart-city").compactAttributeNames(List.of(dateObserved)))
        .containsExactly("sdm:dateObserved");
  }

  @Test
  void prefixFlagFollowsJsonLd11Rules() throws JsonLdError {
    CompiledContext context = compile("prefixes");
    List<String> names =
        List.of("ex:a", "notPrefix:a", "expanded:a", "forced:a", "http://example.org/absolute");
    List<String> expanded = names.stream().map(context::expandAttributeName).toList();
    assertThat(expanded)
        .containsExactly(
            "http://example.org/a",
            "notPrefix:a",
            "expanded:a",
            "http://example.org/forced/a",
            "http://example.org/absolute")
        .isEqualTo(titanium("prefixes").expandAttributeNames(names));
    List<String> iris =
        List.of(
            "http://example.org/a", "http://example.org/expanded/a", "http://example.org/forced/b");
    assertThat(iris.stream().map(context::compactAttributeName).toList())
        // Titanium takes the lexicographically least compact IRI ("ex:forced/b" < "forced:b"),
        // where the JSON-LD 1.1 text would take the shortest
        .containsExactly("ex:a", "ex:expanded/a", "ex:forced/b")
        .isEqualTo(titanium("prefixes").compactAttributeNames(iris));
  }

  @Test
  void aNullTermIsDropped() throws JsonLdError {
    CompiledContext context = compile("null-term");
    assertThat(context.expandAttributeName("hidden")).isNull();
    assertThat(context.isDefined("hidden")).isTrue();
    assertThat(titanium("null-term").expandAttributeNames(List.of("hidden"))).containsOnlyNulls();
  }

  @Test
  void anIriWhoseSchemeIsAPrefixCannotBeCompacted() {
    CompiledContext context = compile("scheme-prefix");
    assertThatThrownBy(() -> context.compactType("urn:ngsi-ld:Thing"))
        .isInstanceOf(NgsiLdException.class)
        .hasMessageContaining("confused with prefix");
    assertThatThrownBy(() -> titanium("scheme-prefix").compactTypes(List.of("urn:ngsi-ld:Thing")))
        .isInstanceOf(JsonLdError.class);
  }

  @Test
  void keywordAliasesExpandToTheKeyword() {
    CompiledContext context = compile("keyword-alias");
    assertThat(context.expandAttributeName("identifier")).isEqualTo("@id");
    assertThat(context.compactAttributeName("@id")).isEqualTo("id");
  }

  @Test
  void invalidContextsAreBadRequestData() {
    for (String name : List.of("non-string-vocab", "unknown-definition-key", "invalid-container")) {
      assertThatThrownBy(() -> compile(name))
          .as(name)
          .isInstanceOfSatisfying(
              NgsiLdException.class,
              e -> assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA));
      assertThat(TitaniumOracle.v18().contextError(example(name))).as(name).isNotNull();
    }
    assertThatThrownBy(
            () ->
                ContextCompiler.compile(
                    TextNode.valueOf("relative.jsonld"), ContextResolver.none()))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA));
    assertThatThrownBy(() -> ContextCompiler.compile(Fixtures.parse("42"), ContextResolver.none()))
        .isInstanceOf(NgsiLdException.class);
  }

  @Test
  void theCoreVersionFollowsTheOneTheUserContextNames() throws JsonLdError {
    CompiledContext context = compile("v1.9-core");
    assertThat(context.coreVersion()).isEqualTo(CoreContext.Version.V1_9);
    assertThat(context.expandAttributeName("attributeCount")).isEqualTo(NGSI + "attributeCount");
    assertThat(context.needsFullProcessing()).isFalse();
    var oracle =
        new OracleQueries(
            new TitaniumOracle(
                Map.of(CoreContext.DATA_INTEGRITY_V2_URL, Fixtures.parse("{\"@context\": {}}")),
                CoreContext.V1_9_URL),
            example("v1.9-core"));
    List<String> names = List.of("attributeCount", "speed", "ngsildproof");
    assertThat(names.stream().map(context::expandAttributeName).toList())
        .isEqualTo(oracle.expandAttributeNames(names));
  }

  @Test
  void theV18AndV19CoreContextsCannotBeCombined() {
    // both are valid documents: naming both (they define terms differently) is the client's error
    assertThatThrownBy(() -> compile("v1.8-and-v1.9"))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA))
        .hasMessageContaining("protected term redefinition");
  }

  @Test
  void featuresTheFastPathDoesNotReproduceRequireFullProcessing() {
    for (String name : List.of("nest", "reverse")) {
      assertThat(compile(name).needsFullProcessing()).as(name).isTrue();
    }
    // scoped contexts are applied by the fast path; a top-level @propagate has no effect
    for (String name : List.of("scoped", "not-propagated", "smart-city")) {
      assertThat(compile(name).needsFullProcessing()).as(name).isFalse();
    }
  }

  @Test
  void aTermDefinedOnDemandIsNotProtectedAsInTitanium() throws JsonLdError {
    // "ex:a" needs "ex" before "ex" comes in order; Titanium then defines "ex" unprotected (the
    // JSON-LD 1.1 text would protect it and reject the redefinition). The fast path follows.
    CompiledContext context = compile("protected-defined-on-demand");
    assertThat(context.expandAttributeName("ex:b")).isEqualTo("http://example.org/two/b");
    assertThat(titanium("protected-defined-on-demand").expandAttributeNames(List.of("ex:b")))
        .containsExactly("http://example.org/two/b");
    assertThatThrownBy(() -> compile("protected-defined-in-order"))
        .hasMessageContaining("protected term redefinition");
    assertThat(TitaniumOracle.v18().contextError(example("protected-defined-in-order")))
        .isNotNull();
  }

  @Test
  void concurrentLookupsAgreeWithSequentialOnes() {
    CompiledContext context = compile("smart-city");
    List<String> names =
        java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "name" + (i % 6000)).toList();
    List<String> sequential =
        names.stream().map(n -> context.compactAttributeName(DEFAULT + n)).toList();
    CompiledContext fresh = compile("smart-city");
    List<String> parallel =
        names.parallelStream().map(n -> fresh.compactAttributeName(DEFAULT + n)).toList();
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.get(5)).isEqualTo("name5");
  }

  @Test
  void noUserContextIsTheSharedCoreOnlyContext() {
    assertThat(ContextCompiler.compile(null, ContextResolver.none()))
        .isSameAs(ContextCompiler.coreOnly());
    assertThat(ContextCompiler.compile(Fixtures.parse("null"), ContextResolver.none()))
        .isSameAs(ContextCompiler.coreOnly());
  }

  @Test
  void cacheKeysKeepKeyOrder() {
    assertThat(ContextCompiler.cacheKey(Fixtures.parse("{\"a\": \"x:a\", \"b\": \"x:b\"}")))
        .isNotEqualTo(ContextCompiler.cacheKey(Fixtures.parse("{\"b\": \"x:b\", \"a\": \"x:a\"}")));
    assertThat(ContextCompiler.cacheKey(null)).isEmpty();
  }
}
