package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civicbroker.model.entity.Entity;

/** Generated valid entities survive write then read, in the normalized and concise forms. */
class RoundTripProperties {
  private final EntityReader reader = new EntityReader();
  private final EntityWriter writer = new EntityWriter();
  private final TestContext ctx = TestContext.INSTANCE;

  @Provide
  Arbitrary<Entity> entities() {
    return EntityArbitraries.entities();
  }

  @Property(tries = 200)
  void normalizedRoundTrip(@ForAll("entities") Entity entity) throws JsonProcessingException {
    assertThat(readBack(entity, Format.NORMALIZED)).isEqualTo(entity);
  }

  @Property(tries = 200)
  void conciseRoundTrip(@ForAll("entities") Entity entity) throws JsonProcessingException {
    assertThat(readBack(entity, Format.CONCISE)).isEqualTo(entity);
  }

  private Entity readBack(Entity entity, Format format) throws JsonProcessingException {
    ObjectNode written = writer.write(entity, RenderOptions.DEFAULT.withFormat(format), ctx);
    String text = Fixtures.MAPPER.writeValueAsString(written);
    return reader.read((ObjectNode) Fixtures.MAPPER.readTree(text), ctx);
  }
}
