package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Name grammar (clause 4.6.2) and scope grammar (clause 4.18). */
class NamesAndScopesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "temperature",
        "x_1",
        "température",
        "ñandú",
        "温度",
        "ex:temperature",
        "https://example.org/temperature",
        "https://example.org/vocab#temperature",
        "urn:ngsi-ld:attr:temperature"
      })
  void acceptsNames(String name) {
    assertThat(Names.isValid(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "_x",
        "1x",
        "a b",
        "a-b",
        "a.b",
        "a;b",
        "a(b)",
        "a=b",
        "<a>",
        "a\"b",
        "a'b",
        "a\tb",
        "a\u0000b",
        "a:",
        ":a",
        "https://example.org/a b"
      })
  void rejectsNames(String name) {
    assertThat(Names.isValid(name)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"/a,/a", "a,/a", "/a/b_1/c,/a/b_1/c", "Madrid/Centro,/Madrid/Centro", "/ñ/2,/ñ/2"})
  void normalizesScopes(String given, String normalized) {
    assertThat(Scopes.normalize(given)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "//a", "/a/", "/a b", "/a-b", "/a/#", "/a/+", "a//b"})
  void rejectsScopes(String scope) {
    assertThatThrownBy(() -> Scopes.normalize(scope))
        .isInstanceOf(NgsiLdException.class)
        .hasMessageContaining("Invalid scope");
  }
}
