package org.civicbroker.broker.entity.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://schema.org/name | https://schema%2Eorg/name",
        "$price | %24price",
        "100% | 100%25",
        "a%2Eb | a%252Eb",
        "plain | plain",
        "'' | %"
      })
  void encodesSpecialCharacters(String key, String encoded) {
    assertThat(FieldNames.encode(key)).isEqualTo(encoded);
    assertThat(FieldNames.decode(encoded)).isEqualTo(key);
  }

  @Test
  void encodesNul() {
    assertThat(FieldNames.encode("a\0b")).isEqualTo("a%00b");
    assertThat(FieldNames.decode("a%00b")).isEqualTo("a\0b");
  }

  /** Every string up to length 4 over the tricky alphabet: reversible, injective, Mongo-safe. */
  @Test
  void encodingIsReversibleInjectiveAndFreeOfSpecialCharacters() {
    List<String> keys = allStrings("%.$\0a2E", 4);
    Set<String> encodedNames = new HashSet<>();

    for (String key : keys) {
      String encoded = FieldNames.encode(key);
      assertThat(FieldNames.decode(encoded)).isEqualTo(key);
      assertThat(encoded).doesNotContain(".", "$", "\0").isNotEmpty();
      assertThat(encoded).doesNotMatch("%[a-z].*");
      encodedNames.add(encoded);
    }
    assertThat(encodedNames).hasSameSizeAs(keys);
  }

  @Test
  void rejectsNamesItCannotHaveWritten() {
    assertThatThrownBy(() -> FieldNames.decode("a%2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldNames.decode("%41")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> allStrings(String alphabet, int maxLength) {
    List<String> all = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : alphabet.toCharArray()) {
          next.add(prefix + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }
}
