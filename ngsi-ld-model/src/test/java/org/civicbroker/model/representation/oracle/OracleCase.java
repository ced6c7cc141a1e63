package org.civicbroker.model.representation.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.CompiledContext;
import org.civicbroker.model.jsonld.ContextArbitraries;
import org.civicbroker.model.jsonld.ContextCompiler;
import org.civicbroker.model.jsonld.ContextFeatures;
import org.civicbroker.model.jsonld.ContextResolver;

/**
 * A generated user context and an entity payload (normalized, without {@code @context}) built from
 * its names. {@code compiled} is null when the compiler rejects the context (the term-level
 * properties hold rejections to Titanium's); the payload then is null too.
 */
record OracleCase(JsonNode context, CompiledContext compiled, ObjectNode payload) {

  static Arbitrary<OracleCase> cases(ContextFeatures features) {
    return Combinators.combine(ContextArbitraries.contexts(features), Arbitraries.longs())
        .as(OracleCase::build);
  }

  /** From a seed, not a shared {@link Random}: a sample must rebuild the same on every call. */
  private static OracleCase build(JsonNode context, long seed) {
    Random random = new Random(seed);
    CompiledContext compiled;
    try {
      compiled = ContextCompiler.compile(context, ContextResolver.none());
    } catch (NgsiLdException e) {
      return new OracleCase(context, null, null);
    }
    ObjectNode payload = new EntityBuilder(new NamePool(context), random).entity(compiled);
    return new OracleCase(context, compiled, payload);
  }

  @Override
  public String toString() {
    return "context=" + context + "\npayload=" + payload;
  }
}
