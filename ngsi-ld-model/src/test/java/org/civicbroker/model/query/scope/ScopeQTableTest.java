package org.civicbroker.model.query.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.CaseFile;
import org.civicbroker.model.query.SetLists;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Clause 4.19: scopeQ syntax and matching, case by case from {@code scopeq-cases.txt}. */
class ScopeQTableTest {

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return CaseFile.read("/query/scopeq-cases.txt", "scopeQ").stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    "line " + c.line() + ": " + c.get("scopeQ"), () -> check(c)));
  }

  private static void check(CaseFile.Case c) {
    String text = c.get("scopeQ");
    if (c.has("error") || c.has("too-complex")) {
      ErrorType type = c.has("error") ? ErrorType.BAD_REQUEST_DATA : ErrorType.TOO_COMPLEX_QUERY;
      String detail = c.has("error") ? c.get("error") : c.get("too-complex");
      assertThatThrownBy(() -> ScopeQParser.parse(text))
          .isInstanceOfSatisfying(
              NgsiLdException.class,
              e -> {
                assertThat(e.detail()).isEqualTo(detail);
                assertThat(e.type()).isEqualTo(type);
              });
      return;
    }
    ScopeQ q = ScopeQParser.parse(text);
    assertThat(q.toString()).isEqualTo(c.get("canonical"));
    assertThat(ScopeQParser.parse(q.toString())).isEqualTo(q);
    for (List<String> scopes : SetLists.parse(c.get("match"))) {
      assertThat(q.matches(scopes)).as("%s matches %s", text, scopes).isTrue();
      assertThat(matchesByRegex(q, scopes)).as("regex form of %s on %s", text, scopes).isTrue();
    }
    for (List<String> scopes : SetLists.parse(c.get("no-match"))) {
      assertThat(q.matches(scopes)).as("%s does not match %s", text, scopes).isFalse();
      assertThat(matchesByRegex(q, scopes)).as("regex form of %s on %s", text, scopes).isFalse();
    }
  }

  /** The same query evaluated through {@link ScopeQ.Pattern#toRegex()}, as a translator would. */
  private static boolean matchesByRegex(ScopeQ q, List<String> scopes) {
    return q.accept(
        new ScopeQVisitor<Boolean>() {
          @Override
          public Boolean visitOr(ScopeQ.Or or) {
            return or.terms().stream().anyMatch(t -> t.accept(this));
          }

          @Override
          public Boolean visitAnd(ScopeQ.And and) {
            return and.terms().stream().allMatch(t -> t.accept(this));
          }

          @Override
          public Boolean visitPattern(ScopeQ.Pattern p) {
            java.util.regex.Pattern re = java.util.regex.Pattern.compile(p.toRegex());
            return scopes.stream().anyMatch(s -> re.matcher(s).find());
          }
        });
  }
}
