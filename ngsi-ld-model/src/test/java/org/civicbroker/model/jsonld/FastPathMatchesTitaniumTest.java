package org.civicbroker.model.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * The fast path equals Titanium (full JSON-LD 1.1) on generated contexts: the same contexts are
 * accepted and rejected, and attribute names, entity types and vocab values expand and compact to
 * the same strings. Each try runs a few Titanium calls (one per direction, all names at once).
 */
class FastPathMatchesTitaniumTest {
  private static final String ERROR = "<error>";

  @Provide
  Arbitrary<ContextArbitraries.Case> cases() {
    return ContextArbitraries.cases();
  }

  /**
   * Compiles the generated context; when the compiler rejects it, Titanium must reject it too (and
   * an inline context is BadRequestData). When the compiler accepts it, Titanium's first call in
   * the property shows whether Titanium accepts it as well (it fails the property otherwise).
   */
  private static CompiledContext compileBoth(ContextArbitraries.Case c) {
    try {
      CompiledContext compiled = ContextCompiler.compile(c.context(), ContextResolver.none());
      Statistics.label("context").collect(compiled.needsFullProcessing() ? "full" : "fast");
      return compiled;
    } catch (NgsiLdException e) {
      Statistics.label("context").collect("rejected");
      Statistics.label("rejected for").collect(e.getMessage().replaceAll(".*: (.*): .*", "$1"));
      assertThat(TitaniumOracle.v18().contextError(c.context()))
          .as("Titanium accepts what the compiler rejects: " + e)
          .isNotNull();
      assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
      return null;
    }
  }

  @Property(tries = 400)
  void namesExpandLikeTitanium(@ForAll("cases") ContextArbitraries.Case c) throws JsonLdError {
    CompiledContext context = compileBoth(c);
    if (context == null) {
      return;
    }
    CombinedQueries.Names titanium =
        new CombinedQueries(TitaniumOracle.v18(), c.context()).expand(c.names());
    List<String> names = c.names();
    assertThat(names.stream().map(n -> keptAsKey(context.expandAttributeName(n))).toList())
        .as("attribute names")
        .isEqualTo(titanium.attributes());
    assertThat(names.stream().map(context::expandType).toList())
        .as("entity types")
        .isEqualTo(titanium.types());
    assertThat(names.stream().map(context::expandVocab).toList())
        .as("vocab values")
        .isEqualTo(titanium.vocabs());
  }

  @Property(tries = 400)
  void irisCompactLikeTitanium(@ForAll("cases") ContextArbitraries.Case c) throws JsonLdError {
    CompiledContext context = compileBoth(c);
    if (context == null) {
      return;
    }
    List<String> iris = new ArrayList<>(c.iris());
    c.names().stream()
        .map(n -> keptAsKey(context.expandAttributeName(n)))
        .filter(i -> i != null)
        .forEach(iris::add);
    CombinedQueries.Names fast =
        new CombinedQueries.Names(
            fast(iris, context::compactAttributeName),
            fast(iris, context::compactType),
            fast(iris, context::compactVocab));
    CombinedQueries titanium = new CombinedQueries(TitaniumOracle.v18(), c.context());
    CombinedQueries.Names expected = oracle(iris, fast, titanium);
    assertThat(fast.attributes()).as("attribute names").isEqualTo(expected.attributes());
    assertThat(fast.types()).as("entity types").isEqualTo(expected.types());
    assertThat(fast.vocabs()).as("vocab values").isEqualTo(expected.vocabs());
  }

  @Property(tries = 400)
  void compactionRoundTripsThroughExpansion(@ForAll("cases") ContextArbitraries.Case c) {
    CompiledContext context;
    try {
      context = ContextCompiler.compile(c.context(), ContextResolver.none());
    } catch (NgsiLdException e) {
      return;
    }
    for (String iri : c.iris()) {
      String compacted;
      try {
        compacted = context.compactAttributeName(iri);
      } catch (NgsiLdException e) {
        continue;
      }
      if (compacted.equals(iri) && context.isDefined(iri)) {
        continue; // left as is, but spelled like a term: JSON-LD cannot round-trip it either
      }
      assertThat(context.expandAttributeName(compacted)).as(compacted).isEqualTo(iri);
      assertThat(context.expandType(context.compactType(iri))).isEqualTo(iri);
    }
  }

  /** JSON-LD expansion drops a key that expands to null or to neither an IRI nor a keyword. */
  private static String keptAsKey(String expanded) {
    if (expanded == null) {
      return null;
    }
    return expanded.contains(":") || JsonLdKeywords.isKeyword(expanded) ? expanded : null;
  }

  private static List<String> fast(List<String> iris, UnaryOperator<String> compact) {
    List<String> result = new ArrayList<>();
    for (String iri : iris) {
      try {
        result.add(compact.apply(iri));
      } catch (NgsiLdException e) {
        result.add(ERROR);
      }
    }
    return result;
  }

  /**
   * Titanium's answers, errors marked. A batch fails as a whole when one IRI cannot be compacted,
   * so IRIs the fast path fails on are asked one by one in each position, the others in one batch
   * (and one by one only if that batch fails too).
   */
  private static CombinedQueries.Names oracle(
      List<String> iris, CombinedQueries.Names fast, CombinedQueries titanium) {
    List<String> batch = new ArrayList<>();
    for (int i = 0; i < iris.size(); i++) {
      if (!failsSomewhere(fast, i)) {
        batch.add(iris.get(i));
      }
    }
    CombinedQueries.Names answers;
    try {
      answers = titanium.compact(batch);
    } catch (JsonLdError e) {
      answers = null;
    }
    CombinedQueries.Names result =
        new CombinedQueries.Names(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    OracleQueries single = titanium.single();
    int next = 0;
    for (int i = 0; i < iris.size(); i++) {
      if (failsSomewhere(fast, i) || answers == null) {
        String iri = iris.get(i);
        result.attributes().add(one(() -> single.compactAttributeNames(List.of(iri))));
        result.types().add(one(() -> single.compactTypes(List.of(iri))));
        result.vocabs().add(one(() -> single.compactVocabs(List.of(iri))));
      } else {
        result.attributes().add(answers.attributes().get(next));
        result.types().add(answers.types().get(next));
        result.vocabs().add(answers.vocabs().get(next));
        next++;
      }
    }
    return result;
  }

  private static boolean failsSomewhere(CombinedQueries.Names fast, int i) {
    return ERROR.equals(fast.attributes().get(i))
        || ERROR.equals(fast.types().get(i))
        || ERROR.equals(fast.vocabs().get(i));
  }

  interface Single {
    List<String> get() throws JsonLdError;
  }

  private static String one(Single query) {
    try {
      return query.get().get(0);
    } catch (JsonLdError e) {
      return ERROR;
    }
  }
}
