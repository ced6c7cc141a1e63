package org.civicbroker.model.query.q;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.FixtureEntities;
import org.civicbroker.model.query.TestLdContext;
import org.junit.jupiter.api.Test;

/** Complexity guards, regex safety and resolution of q queries. */
class QParserLimitsTest {
  private final QParser small = new QParser(new QLimits(200, 3, 2, 3));

  @Test
  void deepNestingIsTooComplexNotAStackOverflow() {
    String q = "(".repeat(100_000) + "a" + ")".repeat(100_000);
    assertThatThrownBy(() -> new QParser(new QLimits(1_000_000, 10, 32, 10)).parse(q))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.TOO_COMPLEX_QUERY);
              assertThat(e.detail())
                  .isEqualTo("q: query too complex: parentheses nested deeper than 32");
            });
  }

  @Test
  void limitsAreConfigurable() {
    assertThat(small.parse("((a;b))|c")).isInstanceOf(QExpr.Or.class);
    assertTooComplex("(((a)))", "q: query too complex: parentheses nested deeper than 2");
    assertTooComplex("a;b;c;d", "q: query too complex: more than 3 terms");
    assertTooComplex("a==1,2,3,4", "q: query too complex: more than 3 values in a list");
    assertTooComplex("a" + "b".repeat(200), "q: query too complex: longer than 200 characters");
  }

  @Test
  void emptyQueryIsBadRequestData() {
    assertThatThrownBy(() -> QParser.parseDefault(" "))
        .isInstanceOfSatisfying(
            NgsiLdException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA));
  }

  @Test
  void catastrophicPatternRunsInLinearTime() {
    // (a+)+$ against "aaaa...!" backtracks exponentially in java.util.regex; RE2/J does not.
    var entity =
        FixtureEntities.entity(
            FixtureEntities.MAPPER
                .createObjectNode()
                .put("id", "urn:ngsi-ld:T:1")
                .put("type", "T")
                .set(
                    "name",
                    FixtureEntities.MAPPER
                        .createObjectNode()
                        .put("type", "Property")
                        .put("value", "a".repeat(100_000) + "!")));
    QQuery q = QQuery.parse("name~=(a+)+$").resolve(TestLdContext.INSTANCE);
    assertThat(q.matches(entity)).isFalse();
    assertThat(QQuery.parse("name~=(a+)+!$").resolve(TestLdContext.INSTANCE).matches(entity))
        .isTrue();
  }

  @Test
  void resolutionExpandsNamesButNotValuePathKeys() {
    QQuery q =
        QQuery.parse("speed.observedAt>2020-01-01T00:00:00Z;address.ex:zip[city.name]==gender")
            .resolve(TestLdContext.INSTANCE);
    QExpr.And and = (QExpr.And) q.expr();
    QExpr.Compare first = (QExpr.Compare) and.terms().get(0);
    QExpr.Compare second = (QExpr.Compare) and.terms().get(1);
    assertThat(first.path().names())
        .containsExactly("https://example.org/speed", "https://uri.etsi.org/ngsi-ld/observedAt");
    assertThat(first.path().member()).contains(QMember.OBSERVED_AT);
    assertThat(second.path().names())
        .containsExactly(
            "https://uri.etsi.org/ngsi-ld/default-context/address", "https://example.org/zip");
    assertThat(second.path().valuePath()).containsExactly("city", "name");
    assertThat(second.operand()).isEqualTo(new QValue.QUri("gender"));
    assertThat(second.vocabOperand()).isEqualTo(new QValue.QUri("https://example.org/gender"));
    assertThat(q.isResolved()).isTrue();
  }

  @Test
  void expandValuesReplacesTheOperand() {
    QExpr.Compare c =
        (QExpr.Compare)
            QQuery.parse("category==Male,\"Female\"")
                .resolve(TestLdContext.INSTANCE, List.of("category"))
                .expr();
    assertThat(c.operand())
        .isEqualTo(
            new QOperand.ValueList(
                List.of(
                    new QValue.QUri("https://example.org/Male"),
                    new QValue.QString("https://example.org/Female"))));
  }

  @Test
  void unresolvedQueriesAreNotEvaluated() {
    QQuery q = QQuery.parse("a");
    assertThatThrownBy(() -> q.matches(FixtureEntities.load("vehicle.json")))
        .isInstanceOf(IllegalStateException.class);
  }

  private void assertTooComplex(String q, String detail) {
    assertThatThrownBy(() -> small.parse(q))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.TOO_COMPLEX_QUERY);
              assertThat(e.detail()).isEqualTo(detail);
            });
  }
}
