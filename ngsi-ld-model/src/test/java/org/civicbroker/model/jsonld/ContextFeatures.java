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

  /**
   * The words scoped contexts define: not the generated prefixes. Titanium 1.6.0 checks "IRI
   * confused with prefix" against the context without the type-scoped context: a key {@code p0:x}
   * of an entity whose type-scoped context redefines the prefix {@code p0} as a plain term fails
   * its compaction, where JSON-LD 1.1 compacts keys with the type-scoped context applied (and the
   * fast path does).
   */
  private static final List<String> SCOPED_WORDS =
      ContextArbitraries.WORDS.stream()
          .filter(w -> !ContextArbitraries.PREFIXES.contains(w))
          .toList();

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
   * The contexts with one more context object, before or after them, defining one or two words with
   * a scoped context, so that the entity-level properties meet scoped contexts often.
   */
  static Arbitrary<JsonNode> withScopedTerms(Arbitrary<JsonNode> contexts) {
    Arbitrary<Map.Entry<String, JsonNode>> term =
        Combinators.combine(
                Arbitraries.of("Thing", "speed", "temperature", "name", "ab", "x1"),
                ContextArbitraries.absoluteIri(),
                scopedContext())
            .as(
                (word, iri, scoped) ->
                    Map.entry(word, NODES.objectNode().put("@id", iri).set("@context", scoped)));
    Arbitrary<JsonNode> extra =
        term.list()
            .ofMinSize(1)
            .ofMaxSize(2)
            .map(
                entries -> {
                  ObjectNode o = NODES.objectNode();
                  entries.forEach(e -> o.set(e.getKey(), e.getValue()));
                  return (JsonNode) o;
                });
    return Combinators.combine(contexts, extra, Arbitraries.of(true, false))
        .as(
            (context, scopedTerms, first) -> {
              var array = NODES.arrayNode();
              if (first) {
                array.add(scopedTerms);
              }
              if (context.isArray()) {
                context.forEach(array::add);
              } else {
                array.add(context);
              }
              if (!first) {
                array.add(scopedTerms);
              }
              return (JsonNode) array;
            });
  }

  /**
   * A scoped context: mostly an object redefining a few words (sometimes with its own {@code
   * @vocab} or {@code @propagate}), sometimes in an array, {@code null}, or redefining an NGSI-LD
   * core term (which a type-scoped context cannot, and a property-scoped one can).
   */
  static Arbitrary<JsonNode> scopedContext() {
    Arbitrary<Map.Entry<String, JsonNode>> entry =
        Combinators.combine(
                Arbitraries.of(SCOPED_WORDS),
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
