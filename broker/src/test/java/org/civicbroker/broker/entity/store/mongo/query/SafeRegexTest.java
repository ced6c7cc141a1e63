package org.civicbroker.broker.entity.store.mongo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicbroker.model.query.Regexes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link SafeRegex} on the patterns of {@code store/query/regexes.txt}; and, for each safe one,
 * java.util.regex (the embedded server's engine, with the {@code s} option the store passes)
 * against RE2/J (the model's) on generated strings: the same answer on strings without line
 * terminators (as entity ids are), never a miss on others.
 */
class SafeRegexTest {
  private static final String ALPHABET = "aAbBcz09_7:-./# é😀[]";
  private static final String TERMINATORS = "\n\r\u0085\u2028\u2029";

  @TestFactory
  Stream<DynamicTest> classification() throws IOException {
    return cases().stream()
        .map(
            line ->
                DynamicTest.dynamicTest(
                    line,
                    () -> {
                      String pattern = line.substring(line.indexOf(':') + 2);
                      assertThat(SafeRegex.isSafe(pattern)).isEqualTo(line.startsWith("safe:"));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> safePatternsMeanTheSameInJava() throws IOException {
    return cases().stream()
        .filter(line -> line.startsWith("safe:"))
        .map(line -> line.substring("safe: ".length()))
        .map(p -> DynamicTest.dynamicTest("/" + p + "/", () -> compareEngines(p)));
  }

  private static void compareEngines(String pattern) {
    com.google.re2j.Pattern re2 = Regexes.compile("test", pattern);
    Pattern store = Pattern.compile(pattern, Pattern.DOTALL);
    Random random = new Random(pattern.hashCode());
    for (int i = 0; i < 3000; i++) {
      String alphabet = i % 2 == 0 ? ALPHABET : ALPHABET + TERMINATORS;
      String s = string(random, alphabet);
      if (i % 3 == 0) {
        s = s + pattern.replaceAll("[\\\\^$\\[\\]*+?]", "") + string(random, alphabet);
      }
      boolean model = re2.matcher(s).find();
      boolean found = store.matcher(s).find();
      if (s.chars().noneMatch(c -> TERMINATORS.indexOf(c) >= 0)) {
        assertThat(found).as("%s on %s", pattern, s).isEqualTo(model);
      } else if (model) {
        assertThat(found).as("%s on %s", pattern, s).isTrue();
      }
    }
  }

  private static String string(Random random, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(12);
    int[] codePoints = alphabet.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return sb.toString();
  }

  private static List<String> cases() throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                SafeRegexTest.class.getResourceAsStream("/store/query/regexes.txt"),
                StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
