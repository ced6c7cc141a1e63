package org.civicbroker.broker.entity.store.mongo.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MongoDB query path against the model: over a generated dataset on the embedded server (real
 * driver), for generated queries, the store returns exactly the ids {@code EntityQuery.matches}
 * selects, for several offset/limit/count combinations, and the translator's certain and candidate
 * filters bracket that result (equal to it when the translator claims exactness). Sizes and seed:
 * {@code -Dquery.diff.seed}, {@code -Dquery.diff.entities}, {@code -Dquery.diff.queries}.
 */
class DifferentialQueryTest {
  private static final long SEED = Long.getLong("query.diff.seed", 20240301L);
  private static final int ENTITIES = Integer.getInteger("query.diff.entities", 300);
  private static final int QUERIES = Integer.getInteger("query.diff.queries", 200);
  private static final int TERMS = Integer.getInteger("query.diff.terms", 1000);
  private static final Tenant TENANT = new Tenant("differential");

  private static QueryHarness harness;
  private static List<Entity> dataset;

  @BeforeAll
  static void load() {
    harness = new QueryHarness();
    dataset = new RandomEntities(SEED).entities(ENTITIES);
    harness.insert(TENANT, dataset);
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @Test
  void storedEntitiesReadBackUnchanged() {
    List<Entity> scanned =
        QueryHarness.await(harness.store().scan(TENANT).map(v -> v.value()).collect().asList());

    assertThat(scanned).containsExactlyInAnyOrderElementsOf(dataset);
  }

  @Test
  void everySingleTermIsBracketedByTheFilters() {
    RandomQueries queries = new RandomQueries(SEED + 3);
    int exact = 0;
    for (int i = 0; i < TERMS; i++) {
      Map<String, String> params = queries.term();
      EntityQuery query =
          EntityQueryReader.fromParameters(params, QueryTestContext.INSTANCE, false);
      harness.assertBrackets(
          TENANT, query, QueryHarness.expected(query, dataset), "#" + i + " " + params);
      exact += EntityQueryTranslator.translate(query).isExact() ? 1 : 0;
    }
    System.out.printf(
        "differential: %d single terms, %d decided by the store alone%n", TERMS, exact);
  }

  @Test
  void parameterQueriesSelectWhatTheModelSelects() {
    RandomQueries queries = new RandomQueries(SEED);
    Random pages = new Random(SEED);
    int exact = 0;
    for (int i = 0; i < QUERIES; i++) {
      Map<String, String> params = queries.parameters();
      EntityQuery query =
          EntityQueryReader.fromParameters(params, QueryTestContext.INSTANCE, false);
      check(query, "#" + i + " " + params, pages);
      exact += EntityQueryTranslator.translate(query).isExact() ? 1 : 0;
    }
    System.out.printf("differential: %d queries, %d decided by the store alone%n", QUERIES, exact);
  }

  @Test
  void bodyQueriesWithSeveralSelectorsSelectWhatTheModelSelects() {
    RandomQueries queries = new RandomQueries(SEED + 7);
    Random pages = new Random(SEED + 7);
    for (int i = 0; i < QUERIES / 4; i++) {
      ObjectNode body = queries.body();
      EntityQuery query = EntityQueryReader.fromQueryBody(body, QueryTestContext.INSTANCE);
      check(query, "#" + i + " " + body, pages);
    }
  }

  private static void check(EntityQuery query, String label, Random pages) {
    List<String> expected = QueryHarness.expected(query, dataset);
    harness.assertBrackets(TENANT, query, expected, label);
    for (int[] page : pages(expected.size(), pages)) {
      harness.assertPage(TENANT, query, expected, page[0], page[1], page[2] == 1, label);
    }
  }

  /** Whole result counted; a first small page; a page from a random offset; count only. */
  private static List<int[]> pages(int size, Random random) {
    List<int[]> out = new ArrayList<>();
    out.add(new int[] {0, 1000, 1});
    out.add(new int[] {0, 1 + random.nextInt(5), 0});
    out.add(new int[] {random.nextInt(size + 3), 1 + random.nextInt(10), random.nextInt(2)});
    out.add(new int[] {0, 0, 1});
    return out;
  }
}
