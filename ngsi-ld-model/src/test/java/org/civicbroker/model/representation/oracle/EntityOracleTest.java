package org.civicbroker.model.representation.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.CompiledContext;
import org.civicbroker.model.jsonld.ContextFeatures;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.jsonld.TitaniumOracle;
import org.civicbroker.model.representation.EntityReader;
import org.civicbroker.model.representation.EntityWriter;
import org.civicbroker.model.representation.Members;
import org.civicbroker.model.representation.RenderOptions;

/**
 * Titanium (full JSON-LD 1.1) is the oracle of the fast path at entity level: for generated
 * contexts and entities (all attribute types, multi-instance attributes, nested sub-attributes,
 * names that are user terms, compact IRIs, IRIs, undefined words or core terms),
 *
 * <ul>
 *   <li>{@link EntityReader#read} followed by a test-only conversion to expanded JSON-LD ({@link
 *       ExpandedForm}) equals Titanium's expansion of the payload, and
 *   <li>{@link EntityWriter#write} (normalized) equals Titanium's compaction of that expansion,
 * </ul>
 *
 * both after the normalization described in {@link Normalization}. The contexts are those of {@link
 * ContextFeatures#ENTITY}: no definition that changes the JSON-LD shape of an attribute.
 */
class EntityOracleTest {
  private final EntityReader reader = new EntityReader();
  private final EntityWriter writer = new EntityWriter();
  private final TitaniumOracle titanium = TitaniumOracle.v18();

  @Provide
  Arbitrary<OracleCase> cases() {
    return OracleCase.cases(ContextFeatures.ENTITY);
  }

  @Provide
  Arbitrary<OracleCase> scopedCases() {
    return OracleCase.cases(ContextFeatures.ENTITY_SCOPED);
  }

  @Property(tries = 200)
  void expansionMatchesTitanium(@ForAll("cases") OracleCase c) throws JsonLdError {
    if (skipped(c)) {
      return;
    }
    Entity entity = reader.read(c.payload().deepCopy(), c.compiled());
    JsonNode expanded = titanium.expand(c.payload(), c.context());
    assertThat(expanded).hasSize(1);
    assertThat(Normalization.expanded(ExpandedForm.of(entity), false))
        .isEqualTo(Normalization.expanded(expanded.get(0), true));
  }

  @Property(tries = 200)
  void compactionMatchesTitanium(@ForAll("cases") OracleCase c) throws JsonLdError {
    if (skipped(c)) {
      return;
    }
    Entity entity = reader.read(c.payload().deepCopy(), c.compiled());
    ObjectNode written = writer.write(entity, RenderOptions.DEFAULT, c.compiled());
    JsonNode compacted = titanium.compact(titanium.expand(c.payload(), c.context()), c.context());
    assertThat(Normalization.compacted(written)).isEqualTo(Normalization.compacted(compacted));
  }

  /**
   * A name that does not expand to an IRI (null, relative, keyword) or whose IRI the context cannot
   * compact back is rejected by the reader (BadRequestData), where JSON-LD drops the attribute or
   * type, keeps a relative type, or fails to compact. So is an attribute name that expands to the
   * IRI of an NGSI-LD member (JSON-LD would merge the two).
   */
  @Property(tries = 200)
  void namesThatAreNotIrisAreRejected(@ForAll("cases") OracleCase c) throws JsonLdError {
    if (skipped(c)) {
      return;
    }
    CompiledContext ctx = c.compiled();
    for (String name : new NamePool(c.context()).all()) {
      if (EntityBuilder.expand(ctx::expandAttributeName, ctx::compactAttributeName, name) == null) {
        Statistics.label("rejected").collect("attribute name");
        ObjectNode payload = entity("https://example.org/Thing");
        payload.putObject(name).put("type", "Property").put("value", 1);
        assertRejected(payload, ctx);
        String iri = ctx.expandAttributeName(name);
        if (iri == null || !Members.RESERVED_IRIS.contains(iri)) {
          JsonNode expanded = titanium.expand(payload, c.context());
          assertThat(expanded.get(0).size() == 2 || compactionFails(expanded, c.context()))
              .as("Titanium keeps and compacts %s: %s", name, expanded)
              .isTrue();
        }
      }
      if (EntityBuilder.expandIri(ctx::expandType, ctx::compactType, name) == null) {
        Statistics.label("rejected").collect("entity type");
        ObjectNode payload = entity(name);
        payload.putObject("p").put("type", "Property").put("value", 1);
        assertRejected(payload, ctx);
        assertThat(typeDroppedOrRelative(payload, c.context())).as(name).isTrue();
      }
    }
  }

  private static ObjectNode entity(String type) {
    return JsonNodeFactory.instance.objectNode().put("id", "urn:ngsi-ld:T:1").put("type", type);
  }

  private void assertRejected(ObjectNode payload, CompiledContext ctx) {
    assertThatThrownBy(() -> reader.read(payload, ctx))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA));
  }

  private boolean compactionFails(JsonNode expanded, JsonNode context) {
    try {
      titanium.compact(expanded, context);
      return false;
    } catch (JsonLdError e) {
      return true;
    }
  }

  /** Titanium 1.6.0 fails with a NullPointerException on a type that expands to null. */
  private boolean typeDroppedOrRelative(ObjectNode payload, JsonNode context) throws JsonLdError {
    JsonNode expanded;
    try {
      expanded = titanium.expand(payload, context);
    } catch (NullPointerException e) {
      return true;
    }
    String type = expanded.path(0).path("@type").path(0).asText("");
    return !type.contains(":") || compactionFails(expanded, context);
  }

  /**
   * With property-scoped and type-scoped contexts (and reverse properties): the entity is read and
   * written as Titanium expands and compacts it, or rejected (BadRequestData) because Titanium
   * rejects it too or because it uses a construct documented as unsupported: a reverse property as
   * attribute name, or a scoped context that redefines an NGSI-LD core term (or, inside a scoped
   * context, a name that is not an IRI, as in {@link #namesThatAreNotIrisAreRejected}).
   */
  @Property(tries = 200)
  void scopedContextsMatchTitanium(@ForAll("scopedCases") OracleCase c) throws JsonLdError {
    if (skipped(c)) {
      return;
    }
    collectScopes(c);
    Entity entity;
    try {
      entity = reader.read(c.payload().deepCopy(), c.compiled());
    } catch (NgsiLdException e) {
      assertLegitimateRejection(e, () -> titanium.expand(c.payload(), c.context()));
      return;
    }
    JsonNode expanded = titanium.expand(c.payload(), c.context());
    assertThat(Normalization.expanded(ExpandedForm.of(entity), false))
        .isEqualTo(Normalization.expanded(expanded.get(0), true));
    ObjectNode written;
    try {
      written = writer.write(entity, RenderOptions.DEFAULT, c.compiled());
    } catch (NgsiLdException e) {
      assertLegitimateRejection(e, () -> titanium.compact(expanded, c.context()));
      return;
    }
    Statistics.label("outcome").collect("read and written");
    JsonNode compacted = titanium.compact(expanded, c.context());
    assertThat(Normalization.compacted(written)).isEqualTo(Normalization.compacted(compacted));
  }

  /** Which kinds of scoped contexts the entity's top-level names meet. */
  private static void collectScopes(OracleCase c) {
    List<String> types = new ArrayList<>();
    JsonNode type = c.payload().get("type");
    (type.isArray() ? type : List.of(type)).forEach(t -> types.add(t.asText()));
    LdContext inEntity;
    boolean property = false;
    try {
      inEntity = c.compiled().forEntityTypes(types);
      for (String name : (Iterable<String>) c.payload()::fieldNames) {
        property |= inEntity.forAttributeValue(name) != inEntity;
      }
    } catch (NgsiLdException e) {
      Statistics.label("scoped").collect("rejected");
      return;
    }
    String typed = inEntity != c.compiled() ? "type-scoped" : "no type-scoped";
    Statistics.label("scoped").collect(typed + ", " + (property ? "property-scoped" : "none"));
  }

  interface TitaniumCall {
    Object run() throws JsonLdError;
  }

  private static void assertLegitimateRejection(NgsiLdException e, TitaniumCall titaniumCall) {
    assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
    String unsupported = unsupportedConstruct(e.getMessage());
    if (unsupported != null) {
      Statistics.label("outcome").collect("rejected: " + unsupported);
      return;
    }
    Statistics.label("outcome").collect("rejected like Titanium");
    assertThatThrownBy(titaniumCall::run)
        .as("Titanium accepts what was rejected: " + e)
        .isNotNull();
  }

  private static String unsupportedConstruct(String message) {
    if (message.contains("is a reverse property (@reverse)")) {
      return "reverse property";
    }
    if (message.contains("so JSON-LD would drop it")
        || message.contains("alias of the keyword")
        || message.contains("the IRI of an NGSI-LD member")) {
      return "not an IRI"; // see namesThatAreNotIrisAreRejected
    }
    return message.contains("redefines the NGSI-LD core term") ? "core term redefined" : null;
  }

  private static boolean skipped(OracleCase c) {
    Statistics.label("context").collect(c.compiled() == null ? "rejected" : "compiled");
    return c.compiled() == null;
  }
}
