package org.civicbroker.model.query.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.query.CaseFile;
import org.civicbroker.model.query.SetLists;
import org.civicbroker.model.query.TestLdContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Clause 4.17: type selections, case by case from {@code type-cases.txt}. */
class TypeQueryTableTest {

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return CaseFile.read("/query/type-cases.txt", "type").stream()
        .map(
            c ->
                DynamicTest.dynamicTest("line " + c.line() + ": " + c.get("type"), () -> check(c)));
  }

  private static void check(CaseFile.Case c) {
    String text = c.get("type");
    if (c.has("error") || c.has("too-complex")) {
      ErrorType type = c.has("error") ? ErrorType.BAD_REQUEST_DATA : ErrorType.TOO_COMPLEX_QUERY;
      String detail = c.has("error") ? c.get("error") : c.get("too-complex");
      assertThatThrownBy(() -> TypeQueryParser.parse(text))
          .isInstanceOfSatisfying(
              NgsiLdException.class,
              e -> {
                assertThat(e.detail()).isEqualTo(detail);
                assertThat(e.type()).isEqualTo(type);
              });
      return;
    }
    TypeQuery parsed = TypeQueryParser.parse(text);
    assertThat(parsed.toString()).isEqualTo(c.get("canonical"));
    assertThat(TypeQueryParser.parse(parsed.toString())).isEqualTo(parsed);
    TypeQuery resolved = parsed.resolve(TestLdContext.INSTANCE);
    for (List<String> types : SetLists.parse(c.get("match"))) {
      assertThat(resolved.matches(expand(types))).as("%s selects %s", text, types).isTrue();
    }
    for (List<String> types : SetLists.parse(c.get("no-match"))) {
      assertThat(resolved.matches(expand(types))).as("%s rejects %s", text, types).isFalse();
    }
  }

  private static List<String> expand(List<String> types) {
    return types.stream().map(TestLdContext.INSTANCE::expandType).toList();
  }
}
