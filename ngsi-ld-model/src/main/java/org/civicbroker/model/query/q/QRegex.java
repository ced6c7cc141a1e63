package org.civicbroker.model.query.q;

import com.google.re2j.Pattern;
import org.civicbroker.model.query.Regexes;

/**
 * The regular expression of a {@code ~=} / {@code !~=} term, compiled with RE2/J (linear-time
 * matching). Equality is by source text.
 */
public record QRegex(String source, Pattern pattern) {

  /** Compiles {@code source}; an invalid pattern is {@code BadRequestData}. */
  public static QRegex of(String source) {
    return new QRegex(source, Regexes.compile("q", source));
  }

  /** True when the pattern matches somewhere in {@code input}. */
  public boolean find(String input) {
    return pattern.matcher(input).find();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QRegex other && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return QPrinter.quote(source);
  }
}
