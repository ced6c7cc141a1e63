package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.EntityId;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code invalid/cases.json}: each payload, read by the named operation, fails with the
 * expected error type and a detail containing the expected text.
 */
class InvalidPayloadsTest {
  static final EntityId TARGET = EntityId.of("urn:ngsi-ld:Building:b1");
  private final TestContext ctx = TestContext.INSTANCE;

  static Stream<Arguments> cases() {
    return StreamSupport.stream(Fixtures.json("invalid/cases.json").spliterator(), false)
        .map(c -> Arguments.of(Named.of(c.get("name").asText(), c)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void isRejected(JsonNode c) {
    NgsiLdException e = catchThrowableOfType(NgsiLdException.class, () -> run(c));
    assertThat(e).as("expected an NgsiLdException").isNotNull();
    assertThat(e.type()).isEqualTo(ErrorType.valueOf(c.get("error").asText()));
    assertThat(e.detail()).contains(c.get("detail").asText());
  }

  private void run(JsonNode c) {
    ReaderLimits limits = limits(c.get("limits"));
    JsonNode payload = c.get("payload");
    String attribute = c.path("attribute").asText();
    FragmentReader fragments = new FragmentReader(limits);
    switch (c.get("operation").asText()) {
      case "create" -> new EntityReader(limits).read((ObjectNode) payload, ctx);
      case "append" -> fragments.readAppend((ObjectNode) payload, TARGET, ctx);
      case "update" -> fragments.readUpdate((ObjectNode) payload, TARGET, ctx);
      case "merge" -> fragments.readMerge((ObjectNode) payload, TARGET, ctx);
      case "partial" -> fragments.readPartialAttribute(attribute, payload, ctx);
      case "replace" -> new EntityReader(limits).readAttribute(attribute, payload, ctx);
      case "options" -> RenderOptions.fromQuery(query(payload));
      default -> throw new IllegalArgumentException(c.get("operation").asText());
    }
  }

  private static Map<String, String> query(JsonNode payload) {
    Map<String, String> query = new LinkedHashMap<>();
    payload.fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
    return query;
  }

  private static ReaderLimits limits(JsonNode n) {
    if (n == null) {
      return ReaderLimits.DEFAULTS;
    }
    return new ReaderLimits(
        n.get("maxAttributes").asInt(), n.get("maxDepth").asInt(), n.get("maxInstances").asInt());
  }
}
