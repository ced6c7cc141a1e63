package org.civicbroker.model.query.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clause 4.18: the syntax of scope values. */
class ScopesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/Madrid",
        "Madrid",
        "/Madrid/Gardens/ParqueNorte",
        "/CompanyA/OrganizationB/UnitC",
        "/Zone_1",
        "/Área/Ω2"
      })
  void acceptsValidScopes(String scope) {
    assertThat(Scopes.isValid(scope)).isTrue();
    assertThat(Scopes.validate(scope)).isEqualTo(scope);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/",
        "//a",
        "/a/",
        "/a//b",
        "/1a",
        "/a b",
        "/a-b",
        "/a/#",
        "/+",
        "_a",
        "urn:ngsi-ld:null"
      })
  void rejectsInvalidScopes(String scope) {
    assertThat(Scopes.isValid(scope)).isFalse();
    assertThatThrownBy(() -> Scopes.validate(scope))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
              assertThat(e.detail()).startsWith("Invalid scope ");
            });
  }
}
