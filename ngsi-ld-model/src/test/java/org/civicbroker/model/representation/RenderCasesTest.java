package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.civicbroker.model.entity.Attribute;
import org.civicbroker.model.entity.Attributes;
import org.civicbroker.model.entity.Entity;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code render/cases.json}: sysAttrs, attrs, pick, omit, lang and GeoJSON rendering of
 * stored entities.
 */
class RenderCasesTest {
  static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant MODIFIED = Instant.parse("2024-01-02T03:04:05.120Z");

  private final TestContext ctx = TestContext.INSTANCE;

  static Stream<Arguments> cases() {
    return StreamSupport.stream(Fixtures.json("render/cases.json").spliterator(), false)
        .map(c -> Arguments.of(Named.of(c.get("name").asText(), c)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersAsExpected(JsonNode c) {
    Entity entity = new EntityReader().read(Fixtures.object(c.get("input").asText()), ctx);
    if (c.path("timestamps").asBoolean()) {
      entity = stamped(entity);
    }
    Map<String, String> query = new LinkedHashMap<>();
    c.get("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
    RenderOptions options = RenderOptions.fromQuery(query);
    JsonNode actual =
        c.path("geojson").asBoolean()
            ? new GeoJsonWriter().feature(entity, options, ctx)
            : new EntityWriter().write(entity, options, ctx);
    assertThat(actual).isEqualTo(c.get("expected"));
  }

  /** The entity as the broker stores it: timestamps on the entity and every instance. */
  static Entity stamped(Entity e) {
    return e.withAttributes(stamped(e.attributes())).withTimestamps(CREATED, MODIFIED);
  }

  private static Attributes stamped(Attributes attributes) {
    Map<String, List<Attribute>> map = new LinkedHashMap<>();
    attributes.forEach(
        (name, list) ->
            map.put(
                name,
                list.stream()
                    .map(
                        a ->
                            a.withMeta(
                                a.meta()
                                    .withSubAttributes(stamped(a.meta().subAttributes()))
                                    .withTimestamps(CREATED, MODIFIED)))
                    .toList()));
    return Attributes.of(map);
  }
}
