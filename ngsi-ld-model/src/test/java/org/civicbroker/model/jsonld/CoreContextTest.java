package org.civicbroker.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoreContextTest {
  private static final JsonNode EXPECTED = Fixtures.json("core-expected-terms.json");

  private static OracleQueries titanium(CoreContext.Version version) {
    return new OracleQueries(
        new TitaniumOracle(
            Map.of(CoreContext.DATA_INTEGRITY_V2_URL, Fixtures.parse("{\"@context\": {}}")),
            version.url()),
        TextNode.valueOf(version.url()));
  }

  @ParameterizedTest
  @EnumSource(CoreContext.Version.class)
  void eachBuiltInContextDefinesTheExpectedTermsWhenTitaniumProcessesIt(CoreContext.Version version)
      throws JsonLdError {
    JsonNode expected = EXPECTED.get(version.name());
    List<String> names = new ArrayList<>();
    List<String> iris = new ArrayList<>();
    expected.properties().stream()
        .filter(e -> !e.getValue().textValue().startsWith("@"))
        .forEach(
            e -> {
              names.add(e.getKey());
              iris.add(e.getValue().textValue());
            });
    assertThat(titanium(version).expandAttributeNames(names)).isEqualTo(iris);
    CompiledContext context = ContextCompiler.compile(TextNode.valueOf(version.url()), url -> null);
    expected
        .properties()
        .forEach(
            e ->
                assertThat(context.expandAttributeName(e.getKey()))
                    .as(e.getKey())
                    .isEqualTo(e.getValue().textValue()));
  }

  @ParameterizedTest
  @EnumSource(CoreContext.Version.class)
  void theFastPathAgreesWithTitaniumOnEveryCoreTerm(CoreContext.Version version)
      throws JsonLdError {
    List<String> terms = new ArrayList<>();
    version.document().get("@context").fieldNames().forEachRemaining(terms::add);
    terms.removeIf(t -> t.startsWith("@") || t.equals("id") || t.equals("type"));
    CompiledContext context = ContextCompiler.compile(TextNode.valueOf(version.url()), url -> null);
    List<String> expanded = terms.stream().map(context::expandAttributeName).toList();
    assertThat(expanded).isEqualTo(titanium(version).expandAttributeNames(terms));
    assertThat(expanded.stream().map(context::compactAttributeName).toList())
        .isEqualTo(titanium(version).compactAttributeNames(expanded));
    assertThat(expanded.stream().map(context::compactType).toList())
        .isEqualTo(titanium(version).compactTypes(expanded));
  }

  @Test
  void theUnversionedUrlIsV18AndOnlyCoreUrlsAreCore() {
    assertThat(CoreContext.versionOf(CoreContext.UNVERSIONED_URL))
        .contains(CoreContext.Version.V1_8);
    assertThat(CoreContext.versionOf(CoreContext.V1_9_URL)).contains(CoreContext.Version.V1_9);
    assertThat(CoreContext.isCoreUrl("https://uri.etsi.org/ngsi-ld/v1/other.jsonld")).isFalse();
    assertThat(CoreContext.DEFAULT_VERSION.url()).isEqualTo(CoreContext.V1_8_URL);
  }

  @ParameterizedTest
  @EnumSource(CoreContext.Version.class)
  void documentsAreServedAsIndependentCopies(CoreContext.Version version) throws IOException {
    JsonNode parsed = Fixtures.MAPPER.readTree(version.bytes());
    assertThat(parsed).isEqualTo(version.document());
    ((com.fasterxml.jackson.databind.node.ObjectNode) version.document()).remove("@context");
    version.bytes()[0] = 0;
    assertThat(version.document().has("@context")).isTrue();
    assertThat(Fixtures.MAPPER.readTree(version.bytes())).isEqualTo(parsed);
    assertThat(version.document().get("@context").get("@vocab").textValue())
        .isEqualTo(CoreContext.DEFAULT_VOCAB);
  }
}
