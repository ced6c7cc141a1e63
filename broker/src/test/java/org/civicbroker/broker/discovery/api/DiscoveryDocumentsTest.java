package org.civicbroker.broker.discovery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbroker.broker.discovery.DiscoveryFixtures.VOCAB;
import static org.civicbroker.broker.discovery.DiscoveryFixtures.reparse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.broker.discovery.DiscoveryFixtures;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeSummary;
import org.civicbroker.broker.discovery.EntityCatalog.AttributeUse;
import org.civicbroker.broker.discovery.EntityCatalog.TypeSummary;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextResolver;
import org.civicbroker.model.jsonld.LdContext;
import org.junit.jupiter.api.Test;

/**
 * The shapes of clauses 5.2.24 - 5.2.28, compacted with the core context only and with a user
 * context that names {@code Shop} and {@code name} in {@code https://example.org/}.
 */
class DiscoveryDocumentsTest {
  private static final String EX = "https://example.org/";
  private static final LdContext CORE = ContextCompiler.coreOnly();
  private static final LdContext USER =
      ContextCompiler.compile(DiscoveryFixtures.json("user-context.json"), ContextResolver.none());

  private static final TypeSummary SHOP =
      new TypeSummary(
          EX + "Shop",
          2,
          Map.of(
              EX + "name", new AttributeUse(2, Set.of("Property", "LanguageProperty")),
              VOCAB + "seats", new AttributeUse(1, Set.of("Property"))));
  private static final TypeSummary CAFE =
      new TypeSummary(
          VOCAB + "Cafe", 1, Map.of(VOCAB + "seats", new AttributeUse(1, Set.of("Property"))));
  private static final AttributeSummary NAME =
      new AttributeSummary(
          EX + "name", 2, Set.of(EX + "Shop"), Set.of("Property", "LanguageProperty"));
  private static final AttributeSummary SEATS =
      new AttributeSummary(
          VOCAB + "seats", 2, Set.of(EX + "Shop", VOCAB + "Cafe"), Set.of("Property"));

  @Test
  void entityTypeListHasAFreshUrnAndTheCompactedTypes() {
    ObjectNode core = DiscoveryDocuments.entityTypeList(List.of(SHOP, CAFE), CORE);
    ObjectNode user = DiscoveryDocuments.entityTypeList(List.of(SHOP, CAFE), USER);

    assertThat(core.path("id").asText()).matches("urn:ngsi-ld:EntityTypeList:[0-9a-f-]{36}");
    assertThat(user.path("id").asText()).isNotEqualTo(core.path("id").asText());
    assertThat(reparse(withoutId(core))).isEqualTo(expected("type-list-core.json"));
    assertThat(reparse(withoutId(user))).isEqualTo(expected("type-list-user.json"));
  }

  @Test
  void entityTypesDetailEachTypeWithItsAttributeNames() {
    assertThat(reparse(DiscoveryDocuments.entityTypes(List.of(SHOP, CAFE), USER)))
        .isEqualTo(expected("entity-types-user.json"));
  }

  @Test
  void entityTypeInfoCountsEntitiesAndDetailsAttributes() {
    assertThat(reparse(DiscoveryDocuments.entityTypeInfo(SHOP, USER)))
        .isEqualTo(expected("entity-type-info-user.json"));
    assertThat(reparse(DiscoveryDocuments.entityTypeInfo(SHOP, CORE)))
        .isEqualTo(expected("entity-type-info-core.json"));
  }

  @Test
  void attributeListHasAFreshUrnAndTheCompactedNames() {
    ObjectNode core = DiscoveryDocuments.attributeList(List.of(SEATS, NAME), CORE);
    ObjectNode user = DiscoveryDocuments.attributeList(List.of(SEATS, NAME), USER);

    assertThat(core.path("id").asText()).matches("urn:ngsi-ld:AttributeList:[0-9a-f-]{36}");
    assertThat(reparse(withoutId(core))).isEqualTo(expected("attribute-list-core.json"));
    assertThat(reparse(withoutId(user))).isEqualTo(expected("attribute-list-user.json"));
  }

  @Test
  void attributeDetailsNameTheEntityTypes() {
    assertThat(reparse(DiscoveryDocuments.attributeDetails(List.of(SEATS, NAME), USER)))
        .isEqualTo(expected("attribute-details-user.json"));
  }

  @Test
  void attributeInformationCountsAndTypes() {
    assertThat(reparse(DiscoveryDocuments.attribute(SEATS, USER)))
        .isEqualTo(expected("attribute-user.json"));
    assertThat(reparse(DiscoveryDocuments.attribute(NAME, CORE)))
        .isEqualTo(expected("attribute-core.json"));
  }

  @Test
  void emptyCatalogGivesEmptyLists() {
    assertThat(DiscoveryDocuments.entityTypeList(List.of(), CORE).path("typeList")).isEmpty();
    assertThat(DiscoveryDocuments.entityTypes(List.of(), CORE)).isEmpty();
    assertThat(DiscoveryDocuments.attributeList(List.of(), CORE).path("attributeList")).isEmpty();
    assertThat(DiscoveryDocuments.attributeDetails(List.of(), CORE)).isEmpty();
  }

  private static JsonNode withoutId(ObjectNode node) {
    ObjectNode copy = node.deepCopy();
    copy.remove("id");
    return copy;
  }

  private static JsonNode expected(String name) {
    return DiscoveryFixtures.json("documents/" + name);
  }
}
