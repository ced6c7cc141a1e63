package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.entity.GeoProperty;
import org.civicbroker.model.entity.JsonProperty;
import org.civicbroker.model.entity.LanguageProperty;
import org.civicbroker.model.entity.ListProperty;
import org.civicbroker.model.entity.ListRelationship;
import org.civicbroker.model.entity.Property;
import org.civicbroker.model.entity.Relationship;
import org.civicbroker.model.entity.VocabProperty;
import org.civicbroker.model.id.EntityId;

/** jqwik generators of valid entities, as the readers would produce them. */
final class EntityArbitraries {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final TestContext CTX = TestContext.INSTANCE;

  private EntityArbitraries() {}

  static Arbitrary<Entity> entities() {
    Arbitrary<List<String>> types =
        Arbitraries.of("Building", "Sensor", "Road", "ex:Thing")
            .list()
            .ofMinSize(1)
            .ofMaxSize(2)
            .uniqueElements()
            .map(l -> l.stream().map(CTX::expandType).toList());
    Arbitrary<List<String>> scopes =
        Arbitraries.of("/a", "/a/b", "/Madrid/Centro", "/x_1").list().ofMaxSize(2).uniqueElements();
    Arbitrary<Attributes> attributes =
        attributes(
            Arbitraries.of("temperature", "name", "speed", "ex:owner", "ñandú", "x_1", "tags"),
            5,
            1);
    return Combinators.combine(Arbitraries.integers().between(1, 9999), types, scopes, attributes)
        .as((n, t, s, a) -> new Entity(EntityId.of("urn:ngsi-ld:Thing:" + n), t, s, a, null, null));
  }

  private static Arbitrary<Attributes> attributes(Arbitrary<String> names, int max, int depth) {
    Arbitrary<Map<String, List<Attribute>>> map =
        Arbitraries.maps(names.map(CTX::expandAttributeName), instances(depth)).ofMaxSize(max);
    return map.map(m -> Attributes.of(new LinkedHashMap<>(m)));
  }

  private static Arbitrary<List<Attribute>> instances(int depth) {
    Arbitrary<List<Attribute>> list = instance(depth).list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(list, Arbitraries.of(true, false))
        .as(
            (l, firstDefault) -> {
              List<Attribute> result = new ArrayList<>();
              for (int i = 0; i < l.size(); i++) {
                String ds = i == 0 && firstDefault ? null : "urn:ngsi-ld:Dataset:" + i;
                result.add(l.get(i).withMeta(l.get(i).meta().withDatasetId(ds)));
              }
              return result;
            });
  }

  private static Arbitrary<Attribute> instance(int depth) {
    Arbitrary<Attribute> value =
        Arbitraries.oneOf(
            json(true).map(v -> (Attribute) new Property(v, null)),
            geometry().map(g -> (Attribute) new GeoProperty(g, null)),
            relationship(),
            languageMap().map(m -> (Attribute) new LanguageProperty(m, null)),
            Arbitraries.of("farm", "barn", "shed")
                .list()
                .ofMinSize(1)
                .ofMaxSize(2)
                .map(
                    l ->
                        (Attribute)
                            new VocabProperty(l.stream().map(CTX::expandVocab).toList(), null)),
            Arbitraries.integers()
                .list()
                .ofMaxSize(3)
                .map(l -> (Attribute) new ListProperty(ints(l), null)),
            uris().map(l -> (Attribute) new ListRelationship(l, List.of(), null)),
            json(false).map(v -> (Attribute) new JsonProperty(v, null)));
    Arbitrary<Attributes> subs =
        depth == 0
            ? Arbitraries.just(Attributes.EMPTY)
            : attributes(Arbitraries.of("accuracy", "source", "qualité"), 2, depth - 1);
    Arbitrary<Instant> observedAt =
        Arbitraries.longs()
            .between(0, 4_000_000_000_000L)
            .map(Instant::ofEpochMilli)
            .injectNull(0.5);
    Arbitrary<String> unitCode = Arbitraries.of("CEL", "MTR", "KMH").injectNull(0.6);
    return Combinators.combine(value, subs, observedAt, unitCode)
        .as((v, s, o, u) -> v.withMeta(new AttributeMeta(null, o, u, null, null, s)));
  }

  private static Arbitrary<Attribute> relationship() {
    Arbitrary<List<String>> types =
        Arbitraries.of("Sensor", "Person")
            .list()
            .ofMaxSize(1)
            .map(l -> l.stream().map(CTX::expandType).toList());
    return Combinators.combine(uris(), types).as((u, t) -> new Relationship(u, t, null));
  }

  private static Arbitrary<List<String>> uris() {
    return Arbitraries.strings()
        .alpha()
        .ofMinLength(1)
        .ofMaxLength(6)
        .map(s -> "urn:ngsi-ld:X:" + s)
        .list()
        .ofMinSize(1)
        .ofMaxSize(2);
  }

  private static ArrayNode ints(List<Integer> l) {
    ArrayNode a = F.arrayNode();
    l.forEach(a::add);
    return a;
  }

  private static Arbitrary<ObjectNode> geometry() {
    Arbitrary<Double> lon = Arbitraries.doubles().between(-180, 180).ofScale(4);
    Arbitrary<Double> lat = Arbitraries.doubles().between(-90, 90).ofScale(4);
    return Combinators.combine(lon, lat)
        .as(
            (x, y) -> {
              ObjectNode g = F.objectNode().put("type", "Point");
              g.putArray("coordinates").add(x).add(y);
              return g;
            });
  }

  private static Arbitrary<ObjectNode> languageMap() {
    return Arbitraries.maps(Arbitraries.of("en", "fr", "de-CH", "@none"), text())
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            m -> {
              ObjectNode o = F.objectNode();
              m.forEach(o::put);
              return o;
            });
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', 'ß').ofMaxLength(8);
  }

  /** JSON values; without {@code noNull}, objects may hold null members (JsonProperty). */
  private static Arbitrary<JsonNode> json(boolean noNull) {
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            Arbitraries.integers().map(i -> (JsonNode) F.numberNode(i)),
            Arbitraries.doubles()
                .between(-1e6, 1e6)
                .ofScale(3)
                .map(d -> (JsonNode) F.numberNode(d)),
            text().map(s -> (JsonNode) F.textNode(s)),
            Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b)));
    Arbitrary<JsonNode> array =
        scalar.list().ofMaxSize(3).map(l -> (JsonNode) F.arrayNode().addAll(l));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5), scalar)
            .ofMaxSize(3)
            .map(
                m -> {
                  ObjectNode o = F.objectNode();
                  m.forEach(o::set);
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> withNull =
        object.map(o -> (JsonNode) ((ObjectNode) o.deepCopy()).set("nothing", F.nullNode()));
    return noNull
        ? Arbitraries.oneOf(scalar, array, object)
        : Arbitraries.oneOf(scalar, array, object, withNull);
  }
}
