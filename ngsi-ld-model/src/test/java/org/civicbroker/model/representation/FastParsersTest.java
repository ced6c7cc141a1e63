package org.civicbroker.model.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written parsers of the read path ({@link DateTimes#parse}, {@link LanguageTags#isValid})
 * decide exactly as the general ones they replaced: {@link OffsetDateTime#parse} and the regular
 * expression of RFC 5646's syntax as checked here.
 */
class FastParsersTest {
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  @Provide
  Arbitrary<String> dateTimes() {
    Arbitrary<String> two =
        Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
    Arbitrary<String> year =
        Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
    Arbitrary<String> fraction =
        Arbitraries.strings().numeric().ofMaxLength(11).map(f -> f.isEmpty() ? "" : "." + f);
    Arbitrary<String> zone = Arbitraries.of("Z", "Z", "Z", "z", "+02:00", "", "+00:00");
    Arbitrary<String> valid =
        Combinators.combine(year, two, two, two, two, two, fraction, zone)
            .as(
                (y, mo, d, h, mi, s, f, z) ->
                    y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + f + z);
    Arbitrary<String> mutated =
        Combinators.combine(
                valid, Arbitraries.integers().between(0, 30), Arbitraries.chars().ascii())
            .as((v, i, c) -> i < v.length() ? v.substring(0, i) + c + v.substring(i + 1) : v);
    return Arbitraries.oneOf(valid, mutated, Arbitraries.strings().ofMaxLength(25));
  }

  @Property(tries = 1000)
  void dateTimesParseLikeOffsetDateTime(@ForAll("dateTimes") String text) {
    Optional<Instant> expected;
    try {
      expected = Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      expected = Optional.empty();
    }
    assertThat(DateTimes.parse(text)).as(text).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> tags() {
    Arbitrary<String> subtag =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('_', 'é', ' ')
            .ofMaxLength(10);
    return Arbitraries.oneOf(
        subtag.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("-", l)),
        Arbitraries.of("@none", "en", "de-CH", "", "-", "en-", "x-private-1a"));
  }

  @Property(tries = 1000)
  void languageTagsAreCheckedLikeTheRegularExpression(@ForAll("tags") String tag) {
    boolean expected = tag.equals("@none") || TAG.matcher(tag).matches();
    assertThat(LanguageTags.isValid(tag)).as(tag).isEqualTo(expected);
  }
}
