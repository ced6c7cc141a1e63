package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.civicbroker.model.entity.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Read, then write: normalized and concise payloads of every attribute type (clause 4.5). */
class RoundTripTest {
  private final EntityReader reader = new EntityReader();
  private final EntityWriter writer = new EntityWriter();
  private final TestContext ctx = TestContext.INSTANCE;

  private JsonNode render(String input, Format format) {
    Entity entity = reader.read(Fixtures.object(input), ctx);
    return writer.write(entity, RenderOptions.DEFAULT.withFormat(format), ctx);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "roundtrip/all-types.jsonld, NORMALIZED, roundtrip/all-types.jsonld",
    "concise/all-types.input.jsonld, NORMALIZED, roundtrip/all-types.jsonld",
    "roundtrip/all-types.jsonld, CONCISE, concise/all-types.concise.jsonld",
    "concise/all-types.concise.jsonld, NORMALIZED, roundtrip/all-types.jsonld",
    "roundtrip/all-types.jsonld, SIMPLIFIED, keyvalues/all-types.jsonld",
    "roundtrip/expanded-names.input.jsonld, NORMALIZED, roundtrip/expanded-names.normalized.jsonld",
    "roundtrip/ambiguous-values.jsonld, NORMALIZED, roundtrip/ambiguous-values.jsonld",
    "roundtrip/ambiguous-values.jsonld, CONCISE, roundtrip/ambiguous-values.concise.jsonld",
    "roundtrip/ambiguous-values.concise.jsonld, NORMALIZED, roundtrip/ambiguous-values.jsonld",
    "concise/arrays.input.jsonld, NORMALIZED, concise/arrays.normalized.jsonld"
  })
  void rendersAsExpected(String input, Format format, String expected) {
    JsonNode actual = render(input, format);
    assertThat(actual).isEqualTo(Fixtures.json(expected));
  }

  @ParameterizedTest
  @CsvSource({"roundtrip/all-types.jsonld", "roundtrip/ambiguous-values.jsonld"})
  void normalizedAndConciseOutputReadBackToTheSameEntity(String input) {
    Entity entity = reader.read(Fixtures.object(input), ctx);
    for (Format f : new Format[] {Format.NORMALIZED, Format.CONCISE}) {
      ObjectNode written = writer.write(entity, RenderOptions.DEFAULT.withFormat(f), ctx);
      assertThat(reader.read(written, ctx)).as(f.name()).isEqualTo(entity);
    }
  }

  @Test
  void queryStringOptionsSelectTheFormat() {
    RenderOptions o = RenderOptions.fromQuery(Map.of("options", "concise"));
    Entity entity = reader.read(Fixtures.object("roundtrip/all-types.jsonld"), ctx);
    assertThat(writer.write(entity, o, ctx))
        .isEqualTo(Fixtures.json("concise/all-types.concise.jsonld"));
  }
}
