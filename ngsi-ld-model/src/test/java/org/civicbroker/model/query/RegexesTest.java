package org.civicbroker.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.junit.jupiter.api.Test;

/** idPattern (clause 5.7.2) with the linear-time engine. */
class RegexesTest {

  @Test
  void idPatternSearchesAnywhereUnlessAnchored() {
    Regexes.IdPattern p = Regexes.IdPattern.of("Vehicle:A");
    assertThat(p.matches("urn:ngsi-ld:Vehicle:A4567")).isTrue();
    assertThat(Regexes.IdPattern.of("^urn:ngsi-ld:Vehicle:").matches("urn:ngsi-ld:Vehicle:A"))
        .isTrue();
    assertThat(Regexes.IdPattern.of("^Vehicle").matches("urn:ngsi-ld:Vehicle:A")).isFalse();
    assertThat(Regexes.IdPattern.of(".*")).isEqualTo(Regexes.IdPattern.of(".*"));
  }

  @Test
  void catastrophicPatternFinishesOnLongInput() {
    String id = "urn:" + "a".repeat(200_000) + "!";
    assertThat(Regexes.IdPattern.of("^urn:(a+)+$").matches(id)).isFalse();
    assertThat(Regexes.IdPattern.of("^urn:(a|aa)+!$").matches(id)).isTrue();
  }

  @Test
  void invalidOrOverlongPatternsAreBadRequestData() {
    assertThatThrownBy(() -> Regexes.IdPattern.of("urn:(x"))
        .isInstanceOfSatisfying(
            NgsiLdException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ErrorType.BAD_REQUEST_DATA);
              assertThat(e.detail()).startsWith("idPattern: invalid regular expression 'urn:(x'");
            });
    assertThatThrownBy(() -> Regexes.compile("idPattern", "a".repeat(2000)))
        .isInstanceOf(NgsiLdException.class)
        .hasMessageContaining("longer than 1024");
  }
}
