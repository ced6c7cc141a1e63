package org.civicbroker.broker.entity.store.mongo.query;

/**
 * Decides whether a regular expression (RE2 syntax, as the model compiles it) may be handed to the
 * store's regex engine: Java's on the embedded server, PCRE on MongoDB. Only a small common subset
 * qualifies, in which the three agree on every string without line terminators (entity ids) and the
 * store's engines match a superset otherwise (used with the {@code s} option, their {@code .} also
 * matches line terminators, and their {@code $} also matches before a final newline):
 *
 * <ul>
 *   <li>literal characters other than the metacharacters {@code \.^$|?*+()[]{}};
 *   <li>a backslash before ASCII punctuation (a literal), and the classes {@code \d \D \w \W};
 *   <li>{@code .}; {@code ^} first; {@code $} last;
 *   <li>bracket classes of letters, digits and {@code _} and ranges between them, possibly negated;
 *   <li>one {@code *}, {@code +} or {@code ?} after any of these atoms.
 * </ul>
 *
 * Anything else (groups, alternation, counted repetition, flags, {@code \s}, POSIX classes, which
 * Java reads differently) is not handed to the store; such a pattern is decided in memory only.
 */
final class SafeRegex {
  private static final String META = "\\.^$|?*+()[]{}";

  private final String pattern;
  private int pos;

  private SafeRegex(String pattern) {
    this.pattern = pattern;
  }

  /** True when {@code pattern} is in the subset described above. */
  static boolean isSafe(String pattern) {
    return new SafeRegex(pattern).check();
  }

  private boolean check() {
    if (pattern.startsWith("^")) {
      pos++;
    }
    while (pos < pattern.length()) {
      if (pattern.charAt(pos) == '$' && pos == pattern.length() - 1) {
        return true;
      }
      if (!atom()) {
        return false;
      }
      if (pos < pattern.length() && "*+?".indexOf(pattern.charAt(pos)) >= 0) {
        pos++;
      }
    }
    return true;
  }

  private boolean atom() {
    char c = pattern.charAt(pos);
    if (c == '\\') {
      return escape();
    }
    if (c == '[') {
      return bracket();
    }
    pos += Character.charCount(pattern.codePointAt(pos));
    return c == '.' || META.indexOf(c) < 0;
  }

  private boolean escape() {
    if (pos + 1 >= pattern.length()) {
      return false;
    }
    char c = pattern.charAt(pos + 1);
    pos += 2;
    return "dDwW".indexOf(c) >= 0 || (c < 0x80 && isPunctuation(c));
  }

  private static boolean isPunctuation(char c) {
    return c > 0x20 && c < 0x7f && !Character.isLetterOrDigit(c);
  }

  private boolean bracket() {
    pos++;
    if (pos < pattern.length() && pattern.charAt(pos) == '^') {
      pos++;
    }
    int start = pos;
    while (pos < pattern.length() && pattern.charAt(pos) != ']') {
      if (!classChar(pattern.charAt(pos))) {
        return false;
      }
      if (pos + 2 < pattern.length()
          && pattern.charAt(pos + 1) == '-'
          && classChar(pattern.charAt(pos + 2))) {
        pos += 3;
      } else {
        pos++;
      }
    }
    if (pos >= pattern.length() || pos == start) {
      return false;
    }
    pos++;
    return true;
  }

  private static boolean classChar(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
  }
}
