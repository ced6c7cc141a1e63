package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.EntityId;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code fragments/cases.json}: a fragment read by Merge (5.6.17), Update (5.6.2), Append
 * (5.6.3) or Partial Attribute Update (5.6.4) and applied to {@code entities/merge-base.jsonld}
 * gives the expected entity.
 */
class FragmentCasesTest {
  private static final EntityId TARGET = EntityId.of("urn:ngsi-ld:Building:b1");
  private final TestContext ctx = TestContext.INSTANCE;
  private final FragmentReader fragments = new FragmentReader();

  static Stream<Arguments> cases() {
    return StreamSupport.stream(Fixtures.json("fragments/cases.json").spliterator(), false)
        .map(c -> Arguments.of(Named.of(c.get("name").asText(), c)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void appliesAsExpected(JsonNode c) {
    Entity base = new EntityReader().read(Fixtures.object("entities/merge-base.jsonld"), ctx);
    Entity result = apply(base, c);
    ObjectNode written = new EntityWriter().write(result, RenderOptions.DEFAULT, ctx);
    assertThat(written).isEqualTo(c.get("expected"));
  }

  private Entity apply(Entity base, JsonNode c) {
    JsonNode payload = c.get("payload");
    if (c.get("operation").asText().equals("partial")) {
      String name = c.get("attribute").asText();
      AttributeChange change = fragments.readPartialAttribute(name, payload, ctx);
      String iri = ctx.expandAttributeName(name);
      return base.withAttributes(
          AttributePatches.applyAll(base.attributes(), Map.of(iri, List.of(change))));
    }
    EntityFragment f =
        switch (c.get("operation").asText()) {
          case "merge" -> fragments.readMerge((ObjectNode) payload, TARGET, ctx);
          case "update" -> fragments.readUpdate((ObjectNode) payload, TARGET, ctx);
          default -> fragments.readAppend((ObjectNode) payload, TARGET, ctx);
        };
    LinkedHashSet<String> types = new LinkedHashSet<>(base.types());
    types.addAll(f.types());
    return base.withTypes(new ArrayList<>(types))
        .withScopes(f.scopes().orElse(base.scopes()))
        .withAttributes(AttributePatches.applyAll(base.attributes(), f.attributes()));
  }
}
