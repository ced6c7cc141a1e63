package org.civicbroker.broker.entity.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.broker.entity.store.mongo.query.RandomEntities;
import org.civicbroker.model.entity.AttributeMeta;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.junit.jupiter.api.Test;

/** Decoding only some attributes equals decoding all and dropping the others. */
class EntityCodecPartialDecodeTest {
  private static final List<String> UNKNOWN =
      List.of("https://example.org/neverSeen", "", "https://example.org/temperature#not");

  private final MemorySymbolTable table = new MemorySymbolTable();
  private final EntityCodec codec = new EntityCodec(table);

  @Test
  void randomSubsetsOfRandomEntities() {
    List<Entity> entities = new ArrayList<>(new RandomEntities(11).entities(1000));
    EntityCodecRoundTripTest.FIXTURES.forEach(name -> entities.add(EntityFixtures.load(name)));
    entities.addAll(EdgeCaseEntities.all());
    List<byte[]> encoded = entities.stream().map(codec::encode).toList();
    List<String> vocabulary = vocabulary(entities);
    int symbols = table.nextId();
    Random random = new Random(42);

    for (int i = 0; i < entities.size(); i++) {
      for (int round = 0; round < 3; round++) {
        Set<String> names = subset(vocabulary, random);
        Entity partial = codec.decode(encoded.get(i), names);
        assertThat(partial).isEqualTo(only(entities.get(i), names));
        assertThat(partial.toString()).isEqualTo(only(entities.get(i), names).toString());
      }
    }
    assertThat(table.nextId()).as("no symbol assigned by decoding").isEqualTo(symbols);
  }

  @Test
  void noNamesKeepsTheHeaderAndTimestamps() {
    Entity e = EntityFixtures.load("all-attribute-types.json");

    Entity partial = codec.decode(codec.encode(e), Set.of());

    assertThat(partial).isEqualTo(e.withAttributes(Attributes.EMPTY));
  }

  @Test
  void subAttributeNamesDoNotSelectTopLevelAttributes() {
    Entity e = EntityFixtures.load("all-attribute-types.json");
    String subName = "https://smartdatamodels.org/dataModel.Environment/reliability";

    Entity partial = codec.decode(codec.encode(e), Set.of(subName));

    assertThat(partial.attributes().isEmpty()).isTrue();
  }

  /** Every attribute name in the entities (sub-attribute names too), and names nobody uses. */
  private static List<String> vocabulary(List<Entity> entities) {
    Set<String> names = new HashSet<>(UNKNOWN);
    for (Entity e : entities) {
      names.addAll(e.attributes().names());
      e.attributes()
          .forEach((n, instances) -> instances.forEach(a -> names.addAll(subNames(a.meta()))));
    }
    return names.stream().sorted().toList();
  }

  private static Set<String> subNames(AttributeMeta meta) {
    return meta.subAttributes().names();
  }

  private static Set<String> subset(List<String> vocabulary, Random random) {
    int percent = random.nextInt(101);
    Set<String> names = new HashSet<>();
    for (String name : vocabulary) {
      if (random.nextInt(100) < percent) {
        names.add(name);
      }
    }
    return names;
  }

  private static Entity only(Entity e, Set<String> names) {
    Attributes kept = e.attributes();
    for (String name : e.attributes().names()) {
      if (!names.contains(name)) {
        kept = kept.without(name);
      }
    }
    return e.withAttributes(kept);
  }
}
