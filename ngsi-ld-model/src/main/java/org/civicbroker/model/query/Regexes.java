package org.civicbroker.model.query;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * Regular expressions for {@code q} ({@code ~=}, {@code !~=}, clause 4.9) and {@code idPattern}
 * (clause 5.7.2). All compile with RE2/J, whose matching time is linear in the input, so no pattern
 * can make the broker backtrack catastrophically. Matching is a search (the pattern may match
 * anywhere unless anchored with {@code ^}/{@code $}), as POSIX {@code regexec} and MongoDB {@code
 * $regex} do.
 */
public final class Regexes {
  /** Longest pattern accepted; longer ones are {@code BadRequestData}. */
  public static final int MAX_PATTERN_LENGTH = 1024;

  private Regexes() {}

  /**
   * Compiles {@code pattern}; {@code param} names the query parameter for the error detail.
   *
   * @throws NgsiLdException BadRequestData when the pattern is too long or not valid RE2 syntax
   */
  public static Pattern compile(String param, String pattern) {
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      throw NgsiLdException.badData(
          param + ": regular expression longer than " + MAX_PATTERN_LENGTH + " characters");
    }
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw NgsiLdException.badData(
          param
              + ": invalid regular expression "
              + Uris.quote(pattern)
              + ": "
              + e.getDescription());
    }
  }

  /** True when the pattern matches somewhere in {@code input}. */
  public static boolean find(Pattern pattern, String input) {
    return pattern.matcher(input).find();
  }

  /** An {@code idPattern} (clause 5.7.2), compiled once, tested against entity ids. */
  public record IdPattern(String source, Pattern pattern) {
    public static IdPattern of(String source) {
      return new IdPattern(source, compile("idPattern", source));
    }

    public boolean matches(String entityId) {
      return find(pattern, entityId);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IdPattern other && source.equals(other.source);
    }

    @Override
    public int hashCode() {
      return source.hashCode();
    }

    @Override
    public String toString() {
      return source;
    }
  }
}
