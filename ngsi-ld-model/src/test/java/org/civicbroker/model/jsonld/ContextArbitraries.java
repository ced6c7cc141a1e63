package org.civicbroker.model.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated user contexts (shared by the term-level and the entity-level oracle properties) with the
 * JSON-LD features NGSI-LD users meet: terms as strings and as
 * objects ({@code @id}, {@code @type} {@code @id}/{@code @vocab}/{@code @none}/{@code @json}/xsd
 * types, {@code @container} {@code @set}/{@code @list}/{@code @language}/{@code @index}, {@code
 * @language}, {@code @protected}, {@code @prefix}, {@code @reverse}), prefixes and compact IRIs,
 * absolute IRIs as terms, {@code @vocab} present or absent, core-term redefinitions, arrays of
 * contexts with or without the core context, and the names and IRIs to try them on.
 */
public final class ContextArbitraries {
  static final String NGSI = CoreContext.NGSI_LD_NAMESPACE;
  static final String DEFAULT = CoreContext.DEFAULT_VOCAB;
  public static final List<String> NAMESPACES =
      List.of(
          "http://ex0.org/ns/",
          "http://ex1.org/ns#",
          "urn:ex2:",
          "https://ex3.org/a/b/",
          "http://ex4.org/pre");
  public static final List<String> PREFIXES = List.of("p0", "p1", "p2", "p3");
  public static final List<String> WORDS =
      List.of(
          "a",
          "b",
          "ab",
          "speed",
          "name",
          "temperature",
          "x1",
          "\u00fcn\u00ef",
          "a.b",
          "a-b",
          "1abc",
          "Thing",
          "p0",
          "vocab");
  public static final List<String> CORE_TERMS =
      List.of(
          "location",
          "observedAt",
          "value",
          "object",
          "Property",
          "description",
          "unitCode",
          "createdAt",
          "datasetId",
          "type",
          "languageMap");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ContextArbitraries() {}

  /** A generated context with the names and expanded IRIs to check it on. */
  record Case(JsonNode context, List<String> names, List<String> iris) {
    @Override
    public String toString() {
      return "context=" + context + " names=" + names + " iris=" + iris;
    }
  }

  static Arbitrary<Case> cases() {
    return contexts()
        .flatMap(
            context ->
                Combinators.combine(names(definedTerms(context)), iris())
                    .as((names, iris) -> new Case(context, names, iris)));
  }

  static Arbitrary<JsonNode> contexts() {
    return contexts(ContextFeatures.ALL);
  }

  /** Generated user contexts with the given kinds of term definitions. */
  public static Arbitrary<JsonNode> contexts(ContextFeatures features) {
    Arbitrary<JsonNode> arrays =
        Arbitraries.frequencyOf(
                Tuple.of(8, contextObject(features)),
                Tuple.of(2, Arbitraries.just((JsonNode) TextNode.valueOf(CoreContext.V1_8_URL))),
                Tuple.of(1, Arbitraries.just((JsonNode) NODES.nullNode())))
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(
                items -> {
                  ArrayNode array = NODES.arrayNode();
                  items.forEach(array::add);
                  return (JsonNode) array;
                });
    Arbitrary<JsonNode> contexts =
        Arbitraries.frequencyOf(Tuple.of(5, contextObject(features)), Tuple.of(3, arrays));
    return features.scoped() ? ContextFeatures.withScopedTerms(contexts) : contexts;
  }

  private static Arbitrary<JsonNode> contextObject(ContextFeatures features) {
    Arbitrary<List<Map.Entry<String, JsonNode>>> prefixes =
        Combinators.combine(Arbitraries.of(PREFIXES), prefixDefinition())
            .as(Map::entry)
            .list()
            .ofMaxSize(3);
    Arbitrary<List<Map.Entry<String, JsonNode>>> terms = term(features).list().ofMaxSize(6);
    Arbitrary<List<Map.Entry<String, JsonNode>>> keywords =
        Combinators.combine(
                Arbitraries.of(NAMESPACES).map(v -> (JsonNode) TextNode.valueOf(v)).injectNull(0.5),
                Arbitraries.of(true, false, false, false, false, false),
                Arbitraries.of(true, false))
            .as(ContextArbitraries::contextKeywords);
    return Combinators.combine(prefixes, terms, keywords, Arbitraries.of(true, false))
        .as(ContextArbitraries::object);
  }

  private static List<Map.Entry<String, JsonNode>> contextKeywords(
      JsonNode vocab, boolean protect, boolean nullVocab) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    if (vocab != null) {
      entries.add(Map.entry("@vocab", vocab));
    } else if (nullVocab && protect) {
      entries.add(Map.entry("@vocab", NODES.nullNode()));
    }
    if (protect && !nullVocab) {
      entries.add(Map.entry("@protected", NODES.booleanNode(true)));
    }
    return entries;
  }

  private static JsonNode object(
      List<Map.Entry<String, JsonNode>> prefixes,
      List<Map.Entry<String, JsonNode>> terms,
      List<Map.Entry<String, JsonNode>> keywords,
      boolean prefixesFirst) {
    ObjectNode object = NODES.objectNode();
    keywords.forEach(e -> object.set(e.getKey(), e.getValue()));
    List<Map.Entry<String, JsonNode>> first = prefixesFirst ? prefixes : terms;
    List<Map.Entry<String, JsonNode>> second = prefixesFirst ? terms : prefixes;
    first.forEach(e -> object.set(e.getKey(), e.getValue()));
    second.forEach(e -> object.set(e.getKey(), e.getValue()));
    return object;
  }

  private static Arbitrary<JsonNode> prefixDefinition() {
    Arbitrary<String> namespace = Arbitraries.of(NAMESPACES);
    return Arbitraries.frequencyOf(
        Tuple.of(6, namespace.map(ns -> (JsonNode) TextNode.valueOf(ns))),
        Tuple.of(
            2,
            Combinators.combine(namespace, Arbitraries.of(true, false))
                .as(
                    (ns, prefix) ->
                        (JsonNode) NODES.objectNode().put("@id", ns).put("@prefix", prefix))));
  }

  /**
   * A term and its definition. A term in compact-IRI or IRI form must map to its own expansion, so
   * it mostly gets a definition without {@code @id} (otherwise the context is usually invalid).
   */
  private static Arbitrary<Map.Entry<String, JsonNode>> term(ContextFeatures features) {
    Arbitrary<String> simple =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(WORDS)),
            Tuple.of(2, Arbitraries.of(CORE_TERMS)),
            Tuple.of(1, Arbitraries.of(PREFIXES)));
    Arbitrary<String> iriLike =
        Arbitraries.frequencyOf(Tuple.of(2, curie()), Tuple.of(1, absoluteIri()));
    Arbitrary<JsonNode> withoutId =
        expandedDefinition(features).map(d -> (JsonNode) ((ObjectNode) d).without("@id"));
    return Arbitraries.frequencyOf(
        Tuple.of(9, Combinators.combine(simple, definition(features)).as(Map::entry)),
        Tuple.of(2, Combinators.combine(iriLike, withoutId).as(Map::entry)),
        Tuple.of(1, Combinators.combine(iriLike, definition(features)).as(Map::entry)));
  }

  /** A compact IRI with a generated prefix. */
  public static Arbitrary<String> curie() {
    return Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.of(WORDS))
        .as((p, w) -> p + ":" + w);
  }

  /** An absolute IRI in a generated namespace. */
  public static Arbitrary<String> absoluteIri() {
    return Combinators.combine(Arbitraries.of(NAMESPACES), Arbitraries.of(WORDS))
        .as((ns, w) -> ns + w);
  }

  /** The value of an @id: an IRI, a compact IRI, a relative IRI, a term, a core IRI. */
  static Arbitrary<String> iriValue(ContextFeatures features) {
    return Arbitraries.frequencyOf(
        Tuple.of(5, absoluteIri()),
        Tuple.of(3, curie()),
        Tuple.of(1, Arbitraries.of(WORDS)),
        Tuple.of(1, Arbitraries.of(features.coreIriTerms()).map(t -> NGSI + t)),
        Tuple.of(1, Arbitraries.of(WORDS).map(w -> "ngsi-ld:" + w)),
        Tuple.of(1, Arbitraries.of(PREFIXES)));
  }

  private static Arbitrary<JsonNode> definition(ContextFeatures features) {
    Arbitrary<String> iri = iriValue(features);
    return Arbitraries.frequencyOf(
        Tuple.of(5, iri.map(v -> (JsonNode) TextNode.valueOf(v))),
        Tuple.of(1, Arbitraries.just((JsonNode) NODES.nullNode())),
        Tuple.of(features.scoped() ? 10 : 5, expandedDefinition(features)),
        Tuple.of(
            features.reverse() ? 1 : 0,
            iri.map(v -> (JsonNode) NODES.objectNode().put("@reverse", v))));
  }

  private static Arbitrary<JsonNode> expandedDefinition(ContextFeatures features) {
    Arbitrary<String> type = Arbitraries.of(features.typeMappings()).injectNull(0.5);
    Arbitrary<JsonNode> container = Arbitraries.of(features.containers()).injectNull(0.5);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.7);
    Arbitrary<ObjectNode> definition =
        Combinators.combine(
                iriValue(features).injectNull(0.2),
                type,
                container,
                flag,
                flag,
                Arbitraries.of(true, false))
            .as(
                (id, t, c, protect, prefix, language) -> {
                  ObjectNode object = NODES.objectNode();
                  if (id != null) {
                    object.put("@id", id);
                  }
                  if (t != null) {
                    object.put("@type", t);
                  }
                  if (c != null) {
                    object.set("@container", c);
                  }
                  if (protect != null) {
                    object.put("@protected", protect);
                  }
                  if (prefix != null) {
                    object.put("@prefix", prefix);
                  }
                  if (language && t == null) {
                    object.put("@language", "en");
                  }
                  return object;
                });
    if (!features.scoped()) {
      return definition.map(d -> (JsonNode) d);
    }
    return Combinators.combine(definition, ContextFeatures.scopedContext().injectNull(0.4))
        .as((d, scoped) -> scoped == null ? d : d.deepCopy().set("@context", scoped));
  }

  /** The terms a context defines (keys that are not keywords), in all its objects. */
  public static Set<String> definedTerms(JsonNode context) {
    Set<String> terms = new LinkedHashSet<>();
    List<JsonNode> objects = new ArrayList<>();
    if (context.isArray()) {
      context.forEach(objects::add);
    } else {
      objects.add(context);
    }
    for (JsonNode object : objects) {
      if (object.isObject()) {
        object
            .fieldNames()
            .forEachRemaining(
                name -> {
                  if (!name.startsWith("@")) {
                    terms.add(name);
                  }
                });
      }
    }
    return terms;
  }

  /** Names to expand: defined terms, words, compact IRIs, IRIs, core terms, blank nodes. */
  private static Arbitrary<List<String>> names(Set<String> defined) {
    List<String> definedNames = new ArrayList<>(defined);
    definedNames.removeIf(n -> n.equals("type") || n.equals("id"));
    List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>();
    if (!definedNames.isEmpty()) {
      choices.add(Tuple.of(6, Arbitraries.of(definedNames)));
    }
    choices.add(Tuple.of(3, Arbitraries.of(WORDS)));
    choices.add(Tuple.of(3, curie()));
    choices.add(Tuple.of(1, absoluteIri()));
    choices.add(Tuple.of(2, Arbitraries.of(CORE_TERMS).filter(t -> !t.equals("type"))));
    choices.add(Tuple.of(1, Arbitraries.of(WORDS).map(w -> "ngsi-ld:" + w)));
    choices.add(Tuple.of(1, Arbitraries.of("_:b0", "http://unrelated.org/x")));
    return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new))
        .map(String.class::cast)
        .list()
        .ofMinSize(4)
        .ofMaxSize(10);
  }

  /** Expanded IRIs to compact: in and around the generated namespaces and the core's. */
  private static Arbitrary<List<String>> iris() {
    return Arbitraries.frequencyOf(
            Tuple.of(6, absoluteIri()),
            Tuple.of(2, Arbitraries.of(NAMESPACES)),
            Tuple.of(2, Arbitraries.of(CORE_TERMS).map(t -> NGSI + t)),
            Tuple.of(2, Arbitraries.of(WORDS).map(w -> DEFAULT + w)),
            Tuple.of(1, Arbitraries.of(WORDS).map(w -> NGSI + w)),
            Tuple.of(1, curie()),
            Tuple.of(1, Arbitraries.of("http://unrelated.org/x", "urn:ngsi-ld:Thing:1")))
        .list()
        .ofMinSize(4)
        .ofMaxSize(10);
  }
}
