package org.civicbroker.model.representation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicbroker.model.error.NgsiLdException;

/**
 * The {@code lang} query parameter (GS CIM 009 clause 4.15 and 6.3.18): a list of language ranges
 * with optional quality weights in the syntax of the HTTP {@code Accept-Language} header, e.g.
 * {@code fr-CH,fr;q=0.9,en;q=0.8,*;q=0.5}; {@code *} stands for any language.
 *
 * <p>Selection in a {@code languageMap}: ranges are tried by decreasing weight (ties keep their
 * order); a range matches a tag equal to it (case-insensitive), else a tag it is a prefix of
 * ({@code fr} matches {@code fr-CH}), else, after truncating the range subtag by subtag as RFC 4647
 * "lookup" does, a tag equal to the truncated range ({@code fr-CH} matches {@code fr}); {@code *}
 * matches the first entry of the map. When no range matches, the value for {@code @none} is used if
 * present, else the first entry of the map, so a LanguageProperty always yields a value (the
 * fallback clause 4.15 asks for).
 */
public final class LanguageFilter {
  private final List<Range> ranges;

  private record Range(String tag, double q) {}

  /** A selected language and its string (or array of strings). */
  public record Selection(String language, JsonNode value) {}

  private LanguageFilter(List<Range> ranges) {
    this.ranges = ranges;
  }

  /** Parses the parameter value; BAD_REQUEST_DATA when it is malformed or empty. */
  public static LanguageFilter parse(String value) {
    if (value == null || value.isBlank()) {
      throw NgsiLdException.badData("Invalid 'lang' parameter: empty");
    }
    List<Range> ranges = new ArrayList<>();
    for (String part : value.split(",")) {
      ranges.add(range(part.trim(), value));
    }
    ranges.sort(Comparator.comparingDouble((Range r) -> r.q).reversed());
    ranges.removeIf(r -> r.q == 0);
    return new LanguageFilter(List.copyOf(ranges));
  }

  private static Range range(String part, String all) {
    String[] pieces = part.split(";");
    String tag = pieces[0].trim();
    if (!(tag.equals("*") || (LanguageTags.isValid(tag) && !tag.equals(Members.NONE)))) {
      throw NgsiLdException.badData("Invalid 'lang' parameter: " + all);
    }
    double q = 1.0;
    for (int i = 1; i < pieces.length; i++) {
      q = weight(pieces[i].trim(), all);
    }
    return new Range(tag, q);
  }

  private static double weight(String piece, String all) {
    if (!piece.startsWith("q=")) {
      throw NgsiLdException.badData("Invalid 'lang' parameter: " + all);
    }
    try {
      double q = Double.parseDouble(piece.substring(2));
      if (q < 0 || q > 1) {
        throw NgsiLdException.badData("Invalid 'lang' parameter: " + all);
      }
      return q;
    } catch (NumberFormatException e) {
      throw NgsiLdException.badData("Invalid 'lang' parameter: " + all);
    }
  }

  /** Picks the best entry of a languageMap; empty only for an empty map. */
  public Optional<Selection> select(ObjectNode languageMap) {
    if (languageMap.isEmpty()) {
      return Optional.empty();
    }
    for (Range r : ranges) {
      Optional<String> tag = match(r.tag, languageMap);
      if (tag.isPresent()) {
        return Optional.of(new Selection(tag.get(), languageMap.get(tag.get())));
      }
    }
    String fallback =
        languageMap.has(Members.NONE) ? Members.NONE : languageMap.fieldNames().next();
    return Optional.of(new Selection(fallback, languageMap.get(fallback)));
  }

  private static Optional<String> match(String range, ObjectNode map) {
    if (range.equals("*")) {
      return Optional.of(map.fieldNames().next());
    }
    String lower = range.toLowerCase(Locale.ROOT);
    Optional<String> found = find(map, t -> t.equals(lower));
    if (found.isEmpty()) {
      found = find(map, t -> t.startsWith(lower + "-"));
    }
    String r = lower;
    while (found.isEmpty() && r.lastIndexOf('-') > 0) {
      r = r.substring(0, r.lastIndexOf('-'));
      String truncated = r;
      found = find(map, t -> t.equals(truncated));
    }
    return found;
  }

  private static Optional<String> find(ObjectNode map, java.util.function.Predicate<String> p) {
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      String tag = it.next().getKey();
      if (!tag.equals(Members.NONE) && p.test(tag.toLowerCase(Locale.ROOT))) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }
}
