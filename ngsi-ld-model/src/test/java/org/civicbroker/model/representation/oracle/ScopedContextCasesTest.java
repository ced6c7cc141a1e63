package org.civicbroker.model.representation.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.CompiledContext;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextResolver;
import org.civicbroker.model.jsonld.TitaniumOracle;
import org.civicbroker.model.representation.EntityReader;
import org.civicbroker.model.representation.EntityWriter;
import org.civicbroker.model.representation.RenderOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Examples of scoped contexts ({@code scoped-cases.json}): read and written as Titanium expands and
 * compacts them, or rejected with BadRequestData whose detail names the unsupported construct.
 */
class ScopedContextCasesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final TitaniumOracle titanium = TitaniumOracle.v18();

  record Case(String name, JsonNode context, ObjectNode payload, String expect) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in =
        ScopedContextCasesTest.class.getResourceAsStream(
            "/representation/oracle/scoped-cases.json")) {
      List<Case> cases = new ArrayList<>();
      for (JsonNode c : MAPPER.readTree(in)) {
        cases.add(
            new Case(
                c.get("name").asText(),
                c.get("context"),
                (ObjectNode) c.get("payload"),
                c.get("expect").asText()));
      }
      return cases.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesTitaniumOrIsRejected(Case c) throws JsonLdError {
    CompiledContext ctx = ContextCompiler.compile(c.context(), ContextResolver.none());
    if (c.expect().startsWith("rejected: ")) {
      assertThatThrownBy(() -> new EntityReader().read(c.payload().deepCopy(), ctx))
          .isInstanceOfSatisfying(
              NgsiLdException.class,
              e -> {
                assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
                assertThat(e.getMessage()).contains(c.expect().substring("rejected: ".length()));
              });
      return;
    }
    Entity entity = new EntityReader().read(c.payload().deepCopy(), ctx);
    JsonNode expanded = titanium.expand(c.payload(), c.context());
    assertThat(Normalization.expanded(ExpandedForm.of(entity), false))
        .isEqualTo(Normalization.expanded(expanded.get(0), true));
    ObjectNode written = new EntityWriter().write(entity, RenderOptions.DEFAULT, ctx);
    assertThat(Normalization.compacted(written))
        .isEqualTo(Normalization.compacted(titanium.compact(expanded, c.context())));
  }
}
