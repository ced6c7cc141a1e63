package org.civicbroker.broker.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.discovery.DiscoveryFixtures.CORE;
import static org.civicbroker.broker.discovery.DiscoveryFixtures.VOCAB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.junit.jupiter.api.Test;

class CatalogFoldTest {

  @Test
  void countsTypesAndAttributesOfEntities() {
    CatalogFold fold = new CatalogFold();
    DiscoveryFixtures.entities().forEach(fold::add);

    assertThat(DiscoveryFixtures.reparse(render(fold.types(), fold.attributes())))
        .isEqualTo(DiscoveryFixtures.json("expected-fold.json"));
  }

  @Test
  void listsAreOrderedByExpandedName() {
    CatalogFold fold = new CatalogFold();
    DiscoveryFixtures.entities().forEach(fold::add);

    assertThat(fold.types())
        .extracting(TypeSummary::type)
        .containsExactly(VOCAB + "Cafe", VOCAB + "Kiosk", VOCAB + "Shop");
    assertThat(fold.attributes())
        .extracting(AttributeSummary::name)
        .containsExactly(VOCAB + "name", VOCAB + "owner", VOCAB + "seats", CORE + "location");
  }

  @Test
  void findsOneTypeOrAttributeByExpandedNameOnly() {
    CatalogFold fold = new CatalogFold();
    DiscoveryFixtures.entities().forEach(fold::add);

    assertThat(fold.type(VOCAB + "Kiosk")).get().extracting(TypeSummary::entityCount).isEqualTo(1L);
    assertThat(fold.type("Kiosk")).isEmpty();
    assertThat(fold.attribute(VOCAB + "seats"))
        .get()
        .extracting(AttributeSummary::entityCount)
        .isEqualTo(1L);
    assertThat(fold.attribute(VOCAB + "id")).isEmpty();
    assertThat(fold.attribute(VOCAB + "createdAt")).isEmpty();
  }

  @Test
  void nothingFoldedIsEmpty() {
    CatalogFold fold = new CatalogFold();

    assertThat(fold.types()).isEmpty();
    assertThat(fold.attributes()).isEmpty();
    assertThat(fold.type(VOCAB + "Shop")).isEmpty();
  }

  /** The summaries as JSON with names relative to the default vocabulary, sets sorted. */
  private static JsonNode render(List<TypeSummary> types, List<AttributeSummary> attributes) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode typesNode = root.putObject("types");
    for (TypeSummary type : types) {
      ObjectNode node = typesNode.putObject(shortName(type.type()));
      node.put("entityCount", type.entityCount());
      ObjectNode uses = node.putObject("attributes");
      type.attributes().keySet().stream()
          .sorted()
          .forEach(
              name -> {
                ObjectNode use = uses.putObject(shortName(name));
                use.put("entityCount", type.attributes().get(name).entityCount());
                sorted(
                    use.putArray("attributeTypes"), type.attributes().get(name).attributeTypes());
              });
    }
    ObjectNode attributesNode = root.putObject("attributes");
    for (AttributeSummary attribute : attributes) {
      ObjectNode node = attributesNode.putObject(shortName(attribute.name()));
      node.put("entityCount", attribute.entityCount());
      sorted(
          node.putArray("entityTypes"),
          attribute.entityTypes().stream().map(CatalogFoldTest::shortName).toList());
      sorted(node.putArray("attributeTypes"), attribute.attributeTypes());
    }
    return root;
  }

  private static void sorted(ArrayNode array, Collection<String> values) {
    values.stream().sorted().forEach(array::add);
  }

  private static String shortName(String iri) {
    String prefix = iri.startsWith(VOCAB) ? VOCAB : CORE;
    assertThat(iri).startsWith(prefix);
    return iri.substring(prefix.length());
  }
}
