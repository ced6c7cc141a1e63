package org.civicbroker.model.query.q;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.query.FixtureEntities;
import org.civicbroker.model.query.TestLdContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Clause 4.9 semantics, case by case from {@code q-eval-cases.txt} on fixture entities. */
class QEvaluatorTableTest {

  @TestFactory
  Stream<DynamicTest> evaluatesEveryCase() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/query/q-eval-cases.txt"),
                StandardCharsets.UTF_8))) {
      Entity entity = null;
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(": ");
        String key = line.substring(0, colon);
        String value = line.substring(colon + 2);
        if (key.equals("entity")) {
          entity = FixtureEntities.load(value);
          continue;
        }
        Entity e = entity;
        boolean expected = key.equals("match");
        tests.add(
            DynamicTest.dynamicTest(
                "line " + number + ": " + key + " " + value, () -> check(e, value, expected)));
      }
    }
    return tests.stream();
  }

  private static void check(Entity entity, String q, boolean expected) {
    QQuery query = QQuery.parse(q).resolve(TestLdContext.INSTANCE);
    assertThat(query.matches(entity)).as("%s on %s", q, entity.id()).isEqualTo(expected);
  }
}
