package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;

/** Writer entry points not covered by the fixture tables. */
class WriterApiTest {
  private final TestContext ctx = TestContext.INSTANCE;

  private Entity entity(String path) {
    return new EntityReader().read(Fixtures.object(path), ctx);
  }

  @Test
  void featureCollectionHoldsOneFeaturePerEntityAndTheContextOnTop() {
    RenderOptions o = RenderOptions.fromQuery(Map.of("options", "keyValues", "attrs", "name"));
    ObjectNode fc =
        new GeoJsonWriter()
            .featureCollection(
                List.of(
                    entity("entities/building-simple.jsonld"), entity("entities/language.jsonld")),
                o,
                ctx);
    GeoJsonWriter.withContext(fc, TextNode.valueOf("https://example.org/context.jsonld"));
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = fc.get("features");
    assertThat(features).hasSize(2);
    assertThat(features.get(0).get("geometry").get("type").asText()).isEqualTo("Point");
    assertThat(features.get(1).get("geometry").isNull()).isTrue();
    assertThat(features.get(1).get("id").asText()).isEqualTo("urn:ngsi-ld:Building:l1");
    assertThat(fc.get("@context").asText()).isEqualTo("https://example.org/context.jsonld");
    assertThat(features.get(0).has("@context")).isFalse();
  }

  @Test
  void expandedAttrsForStorageProjection() {
    RenderOptions o = RenderOptions.fromQuery(Map.of("attrs", "temperature,foo"));
    assertThat(o.expandedAttrs(ctx))
        .containsExactly(
            "https://example.org/temperature", "https://uri.etsi.org/ngsi-ld/default-context/foo");
    assertThat(RenderOptions.DEFAULT.expandedAttrs(ctx)).isNull();
  }

  @Test
  void optionsTheOperationHandlesItselfAreTolerated() {
    RenderOptions o =
        RenderOptions.fromQuery(Map.of("options", "noOverwrite,keyValues"), Set.of("noOverwrite"));
    assertThat(o.format()).isEqualTo(Format.SIMPLIFIED);
    assertThatThrownBy(() -> RenderOptions.fromQuery(Map.of("options", "noOverwrite")))
        .isInstanceOf(NgsiLdException.class);
  }

  @Test
  void formatParameterAndAliases() {
    assertThat(RenderOptions.fromQuery(Map.of("format", "simplified")).format())
        .isEqualTo(Format.SIMPLIFIED);
    assertThat(
            RenderOptions.fromQuery(Map.of("options", "keyValues", "format", "keyValues")).format())
        .isEqualTo(Format.SIMPLIFIED);
    assertThat(RenderOptions.fromQuery(Map.of()).format()).isEqualTo(Format.NORMALIZED);
  }

  @Test
  void patchOfAnAbsentInstanceNeedsAValue() {
    AttributeChange change =
        new FragmentReader()
            .readPartialAttribute("temperature", Fixtures.json("fragments/unit-only.json"), ctx);
    assertThat(change).isInstanceOf(AttributeChange.Patch.class);
    assertThatThrownBy(() -> AttributePatches.create((AttributeChange.Patch) change, "temperature"))
        .isInstanceOf(NgsiLdException.class)
        .hasMessageContaining("no such instance to patch");
  }
}
