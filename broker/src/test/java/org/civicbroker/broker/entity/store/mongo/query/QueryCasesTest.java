package org.civicbroker.broker.entity.store.mongo.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicbroker.broker.entity.store.EntityFixtures;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.query.EntityQuery;
import org.civicbroker.model.query.EntityQueryReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Example queries per operator ({@code store/query/cases.txt} over {@code
 * store/query/entities.json}): the store's result, the in-memory evaluator's and the expected one
 * agree, for the whole result and for a page in the middle of it.
 */
class QueryCasesTest {
  private static final Tenant TENANT = new Tenant("cases");

  private static QueryHarness harness;
  private static List<Entity> dataset;

  @BeforeAll
  static void load() throws IOException {
    harness = new QueryHarness();
    dataset = new ArrayList<>();
    try (InputStream in = resource("entities.json")) {
      for (JsonNode node : EntityFixtures.DEFAULT_NUMBERS.readTree(in)) {
        dataset.add(EntityFixtures.entity((ObjectNode) node));
      }
    }
    harness.insert(TENANT, dataset);
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    return lines().stream().map(line -> DynamicTest.dynamicTest(line, () -> check(line)));
  }

  private static void check(String line) {
    String[] parts = line.split(" => ", 2);
    EntityQuery query =
        EntityQueryReader.fromParameters(parameters(parts[0]), QueryTestContext.INSTANCE, false);
    List<String> expected = parts[1].equals("-") ? List.of() : Arrays.asList(parts[1].split(" "));

    List<String> model = QueryHarness.expected(query, dataset);
    assertThat(model.stream().map(QueryCasesTest::shortName).toList())
        .as("in-memory evaluator")
        .isEqualTo(expected);
    harness.assertBrackets(TENANT, query, model, line);
    harness.assertPage(TENANT, query, model, 0, 100, true, line);
    harness.assertPage(TENANT, query, model, 1, 1, true, line);
  }

  private static Map<String, String> parameters(String text) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], kv[1]);
    }
    return params;
  }

  private static String shortName(String id) {
    return id.substring(id.lastIndexOf(':') + 1);
  }

  private static List<String> lines() throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(resource("cases.txt"), StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  private static InputStream resource(String name) {
    return QueryCasesTest.class.getResourceAsStream("/store/query/" + name);
  }
}
