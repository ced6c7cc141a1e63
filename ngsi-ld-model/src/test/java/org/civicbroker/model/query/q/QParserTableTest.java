package org.civicbroker.model.query.q;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.CaseFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Clause 4.9: the q grammar, case by case from {@code q-parse-cases.txt}. */
class QParserTableTest {

  @TestFactory
  Stream<DynamicTest> parsesEveryCase() {
    return CaseFile.read("/query/q-parse-cases.txt", "q").stream()
        .map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.get("q"), () -> check(c)));
  }

  private static void check(CaseFile.Case c) {
    String q = c.get("q");
    if (c.has("tree")) {
      QExpr expr = QParser.parseDefault(q);
      assertThat(QPrinter.toTree(expr)).isEqualTo(c.get("tree"));
      assertThat(QParser.parseDefault(QPrinter.toQ(expr)))
          .as("canonical text %s parses back", QPrinter.toQ(expr))
          .isEqualTo(expr);
    } else {
      ErrorType type = c.has("error") ? ErrorType.BAD_REQUEST_DATA : ErrorType.TOO_COMPLEX_QUERY;
      String detail = c.has("error") ? c.get("error") : c.get("too-complex");
      assertThatThrownBy(() -> QParser.parseDefault(q))
          .isInstanceOfSatisfying(
              NgsiLdException.class,
              e -> {
                assertThat(e.detail()).isEqualTo(detail);
                assertThat(e.type()).isEqualTo(type);
              });
    }
  }
}
