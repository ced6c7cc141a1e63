package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Which kinds of term definitions {@link ContextArbitraries} generates.
 *
 * @param valueShaping type coercions and containers that change the JSON-LD shape of a member's
 *     value ({@code @type: @json}; {@code @list}, {@code @language}, {@code @index} containers)
 * @param reverse reverse properties ({@code @reverse})
 * @param memberAliases terms mapped to the IRIs of NGSI-LD's own members and attribute types
 *     ({@code ngsi-ld:observedAt}, {@code ngsi-ld:Property}, ...)
 * @param scoped scoped contexts ({@code @context} in a term definition: property-scoped when the
 *     term names an attribute, type-scoped when it is an entity type)
 */
public record ContextFeatures(
    boolean valueShaping, boolean reverse, boolean memberAliases, boolean scoped) {

  /** Everything the term-level properties check (names only): all but scoped contexts. */
  public static final ContextFeatures ALL = new ContextFeatures(true, true, true, false);

  /**
   * Definitions under which an NGSI-LD entity keeps its structure in JSON-LD: attributes stay node
   * objects and NGSI-LD's member names stay the core's (for the entity-level properties).
   */
  public static final ContextFeatures ENTITY = new ContextFeatures(false, false, false, false);

  /** {@link #ENTITY} with scoped contexts and reverse properties. */
  public static final ContextFeatures ENTITY_SCOPED = new ContextFeatures(false, true, false, true);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Core terms whose NGSI-LD IRI an {@code @id} may name. */
  List<String> coreIriTerms() {
    return memberAliases ? ContextArbitraries.CORE_TERMS : List.of("location", "description");
  }

  List<String> typeMappings() {
    return valueShaping
        ? List.of(
            "@id",
            "@vocab",
            "@none",
            "@json",
            "http://www.w3.org/2001/XMLSchema#string",
            "p1:integer")
        : List.of("@id", "@vocab", "@none", "http://www.w3.org/2001/XMLSchema#string");
  }

  List<JsonNode> containers() {
    return valueShaping
        ? List.of(
            TextNode.valueOf("@set"),
            TextNode.valueOf("@list"),
            TextNode.valueOf("@language"),
            TextNode.valueOf("@index"),
            NODES.arrayNode().add("@index").add("@set"))
        : List.of(TextNode.valueOf("@set"));
  }

  /**
   * A scoped context: mostly an object redefining a few words (sometimes with its own {@code
   * @vocab} or {@code @propagate}), sometimes in an array, {@code null}, or redefining an NGSI-LD
   * core term (which a type-scoped context cannot, and a property-scoped one can).
   */
  static Arbitrary<JsonNode> scopedContext() {
    Arbitrary<Map.Entry<String, JsonNode>> entry =
        Combinators.combine(
                Arbitraries.of(ContextArbitraries.WORDS),
                ContextArbitraries.absoluteIri().map(i -> (JsonNode) TextNode.valueOf(i)))
            .as(Map::entry);
    Arbitrary<JsonNode> object =
        Combinators.combine(
                entry.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(ContextArbitraries.NAMESPACES).injectNull(0.75),
                Arbitraries.of(true, false).injectNull(0.7))
            .as(
                (entries, vocab, propagate) -> {
                  ObjectNode o = NODES.objectNode();
                  entries.forEach(e -> o.set(e.getKey(), e.getValue()));
                  if (vocab != null) {
                    o.put("@vocab", vocab);
                  }
                  if (propagate != null) {
                    o.put("@propagate", propagate);
                  }
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> core =
        Arbitraries.of("value", "observedAt", "Property", "type")
            .map(t -> (JsonNode) NODES.objectNode().put(t, "http://ex0.org/ns/" + t));
    return Arbitraries.frequencyOf(
        Tuple.of(8, object),
        Tuple.of(2, object.map(o -> (JsonNode) NODES.arrayNode().add(o))),
        Tuple.of(1, Arbitraries.just((JsonNode) NODES.nullNode())),
        Tuple.of(1, core));
  }
}
